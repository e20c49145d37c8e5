#!/usr/bin/env bash
# Refreshes the screenshots in this folder from the running app (needs Debian's Chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
SUMMIT_SCREENSHOTS_DIR="$here" dotnet test tests/Summit.Browser.Tests --filter "FullyQualifiedName~ScreenshotJourney|FullyQualifiedName~FirstRunJourney"
