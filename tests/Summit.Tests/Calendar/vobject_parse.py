"""Independent check of Summit's iCal output: parse it with vobject (validation on) and print the events as JSON.

Reads the calendar from standard input. Exit code 0 with JSON on standard output, or non-zero with the reason.
"""
import datetime
import json
import sys

import vobject

text = sys.stdin.buffer.read().decode("utf-8")
calendar = vobject.readOne(text, validate=True)


def utc(value):
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


events = []
for event in calendar.vevent_list:
    events.append({
        "uid": event.uid.value,
        "summary": event.summary.value,
        "description": event.description.value,
        "location": event.location.value,
        "status": event.status.value,
        "sequence": int(event.sequence.value),
        "start": utc(event.dtstart.value),
        "end": utc(event.dtend.value),
        "startTzid": event.dtstart.params.get("X-VOBJ-ORIGINAL-TZID", [None])[0],
        "categories": list(event.categories.value) if hasattr(event, "categories") else [],
        "url": event.url.value,
    })

print(json.dumps({
    "name": calendar.contents["x-wr-calname"][0].value,
    "method": calendar.method.value if hasattr(calendar, "method") else None,
    "timezones": [tz.tzid.value for tz in calendar.vtimezone_list],
    "events": events,
}))
