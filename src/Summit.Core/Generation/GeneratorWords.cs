namespace Summit.Core.Generation;

internal sealed record TrackWords(string Slug, string Name, int Weight, string[] Topics);

/// <summary>The word lists titles, descriptions, rooms and names are composed from.</summary>
internal static class GeneratorWords
{
    public static readonly TrackWords[] Tracks =
    [
        new("quantum", "Quantum", 14, ["L3 agent", "floating IPs", "security groups", "overlapping IPs", "load balancing as a service", "provider networks", "the metadata proxy", "the OVS plugin", "réseau overlays", "IPv6 subnets", "the DHCP agent", "VPN as a service", "network namespaces"]),
        new("nova", "Nova", 18, ["the scheduler", "cells", "live migration", "the compute API v3", "hypervisor drivers", "instance resize", "quota handling", "the conductor service", "bare metal provisioning", "instance metadata", "the database API", "host aggregates", "rescue mode", "console access"]),
        new("keystone", "Keystone", 9, ["token revocation", "PKI tokens", "domains", "trusts and delegation", "the LDAP backend", "the policy engine", "the service catalog", "the v3 API", "multi-factor authentication", "federated identity", "credential storage", "token expiry"]),
        new("glance", "Glance", 6, ["image caching", "image upload", "multiple image locations", "the v2 API", "image properties", "store drivers", "image replication", "image sharing", "the registry service", "image conversion"]),
        new("swift", "Swift", 9, ["object replication", "storage policies", "container sync", "large objects", "rate limiting", "the ring builder", "erasure coding", "account quotas", "the object auditor", "static websites", "cross-domain requests"]),
        new("horizon", "Horizon", 7, ["dashboard panels", "role-based views", "internationalization", "JavaScript tests", "the network topology view", "panel usability", "the café-style quick launch", "session handling", "the angular migration", "theming"]),
        new("cinder", "Cinder", 8, ["volume snapshots", "volume types", "the backup service", "multiple backends", "scheduler filters", "volume drivers", "volume migration", "volume encryption", "quality of service", "boot from volume"]),
        new("heat", "Heat", 6, ["orchestration templates", "autoscaling", "CloudFormation compatibility", "stack updates", "resource plugins", "the HOT template format", "stack rollback", "nested stacks", "software configuration"]),
        new("ceilometer", "Ceilometer", 6, ["the metering pipeline", "alarms", "billing integration", "sample storage", "polling agents", "meter naming", "the collector", "notification handling", "the statistics API"]),
        new("devstack", "Devstack", 4, ["gate jobs", "multi-node setups", "plugin hooks", "local configuration", "exercise scripts", "service restarts", "distribution support"]),
        new("infra", "Infrastructure", 6, ["CI gating", "the Gerrit workflow", "Jenkins jobs", "package mirrors", "recheck tracking", "Zuul pipelines", "log collection", "the bug tracker"]),
        new("docs", "Documentation", 5, ["the install guide", "the API reference", "the operations manual", "doc tooling", "translations", "release notes", "the security guide", "the user guide"]),
    ];

    public static readonly int TotalTrackWeight = Tracks.Sum(t => t.Weight);

    public static readonly string[] RoomNames =
    [
        "Windsor BC", "Emma AB", "Emma C", "Annie AB", "Annie C", "Maggie", "Elizabeth AB", "Elizabeth C",
        "Edward AB", "Edward C", "Harbor AB", "Harbor C", "Seaport ABC", "Seaport DE", "Grand Hall A",
        "Grand Hall B", "Grand Hall C", "Grand Hall D", "Mission Beach", "Ocean Beach", "Coronado", "Del Mar",
        "Torrey Pines", "La Jolla", "Balboa", "Gaslamp", "Marina", "Point Loma", "Café Terrace", "Salón Cabrillo",
    ];

    public static readonly string[] FirstNames =
    [
        "José", "François", "Zoë", "Renée", "Søren", "Ana", "Chmouel", "Thierry", "Vish", "Russell", "Jay",
        "Dan", "Mark", "Monty", "Kiall", "Joe", "Brian", "Gary", "Salvatore", "Akihiro", "Yuriy", "Lorin",
        "Anne", "Sean", "Jesse", "Dolph", "Adam", "Henry", "Mei", "Priya", "Olga", "Ingrid", "Björn", "Élodie",
        "Łukasz", "Chiara", "Tomás", "Aiko", "Kwame", "Fatima", "Nadia", "Ravi",
    ];

    public static readonly string[] LastNames =
    [
        "Núñez", "Müller", "García", "Dubois", "Lefèvre", "Nakamura", "Okafor", "Kowalski", "Rossi", "Smith",
        "Johnson", "Brown", "Taylor", "Martin", "Chen", "Wang", "Kumar", "Patel", "Ivanova", "Andersen",
        "Lindqvist", "O'Brien", "Fernández", "Moreau", "Schröder", "Haddad", "Silva", "Costa", "Novak",
        "Horváth", "Yilmaz", "Kim", "Park", "Tanaka", "Walsh", "Murphy", "Bernard", "Ferreira", "Jensen", "Nowak",
    ];

    public static readonly string[] Goals =
    [
        "large deployments", "multi-region clouds", "operators", "high availability", "public clouds",
        "the Grizzly release", "upgrades without downtime", "better performance", "tenant isolation",
        "small private clouds", "service providers",
    ];

    public static readonly string[] TitleVerbs =
    [
        "Improving", "Rethinking", "Scaling", "Testing", "Securing", "Simplifying", "Documenting",
        "Deprecating", "Stabilizing", "Extending", "Refactoring", "Measuring", "Hardening",
    ];

    public static readonly string[] TitleEndings =
    [
        "status and next steps", "what went wrong in Folsom", "requirements from operators",
        "design review", "open questions", "a proposal", "lessons learned", "pain points", "a status report",
        "API design", "testing gaps", "scaling limits", "the road to Havana",
    ];

    public static readonly string[] OpeningSentences =
    [
        "Today {topic} in {project} works for small clouds, but it falls apart for {goal}.",
        "During Folsom several people hit the same problems with {topic}, and we never agreed on a design.",
        "This session proposes a plan for {topic} that we can land early in the Grizzly cycle.",
        "The current code for {topic} grew without a clear owner; we want to agree on who maintains it and how.",
        "Operators keep asking for changes to {topic}, especially those running {goal}.",
        "We would like to compare the approaches proposed on the mailing list for {topic} and pick one.",
        "Work on {topic} tops the {project} wish list in the user survey, ahead of everything else.",
    ];

    public static readonly string[] MiddleSentences =
    [
        "The main open question is how {topic} should interact with {topic2}.",
        "A naïve implementation would lock the database for every request, which is not acceptable at scale.",
        "Part of the work is already in review, but it needs agreement from the {project} core team before it can merge.",
        "The réseau team in Paris prototyped an alternative and will share their numbers from a 500-node lab.",
        "We also need to decide what stays in {project} and what moves to a shared library in oslo.",
        "Backwards compatibility matters: existing deployments must upgrade without manual steps or data loss.",
        "Please bring your use cases; the hallway café discussions at the last summit were not enough to settle this.",
        "The façade we expose to users should stay stable while the internals change underneath it.",
        "Some of this overlaps with {topic2}, so people from both teams should attend and speak up.",
        "The rôle of the operator versus the tenant is still unclear in the current design and needs a decision.",
        "Several companies run patched versions in production today, and we want those patches upstream instead.",
        "The existing unit tests mock too much, so regressions in {topic} keep slipping through the gate.",
        "Performance degrades quickly past a few thousand instances, mostly because of chatty RPC calls.",
        "A configuration option could keep the old behaviour for a release while deployers migrate.",
        "The API should be versioned so clients written for Folsom keep working without changes.",
        "Security review is needed, since the change touches how credentials are passed between services.",
        "We have a draft blueprint, but it lacks details on failure handling and on what happens during upgrades.",
        "Documentation for {topic} is scattered across wiki pages that contradict each other.",
    ];

    public static readonly string[] ClosingSentences =
    [
        "The goal is to leave the room with a list of blueprints and an owner for each.",
        "Expect a short presentation followed by open discussion.",
        "Notes will be taken on the etherpad and summarized on the mailing list afterwards.",
        "If time allows, we will also triage the related bugs.",
    ];

    public static readonly string[] BulletLeads =
    [
        "Topics to cover:", "We will discuss:", "Agenda:", "Points to cover in the session:",
    ];

    public static readonly string[] BulletItems =
    [
        "current state of {topic}",
        "requirements from {goal}",
        "API changes needed in {project}",
        "testing strategy in the gate",
        "upgrade path from Folsom",
        "performance numbers from real deployments",
        "interaction with {topic2}",
        "documentation and release notes",
        "who does the work, and when",
        "security review of the proposed design",
        "naming conventions for {topic}",
        "configuration options such as `quota_driver` and `use_namespaces`",
        "what a naïve client should expect from the API",
    ];

    public static readonly string[] PlanSteps =
    [
        "agree on the data model",
        "land the database migration",
        "add the API extension",
        "write tempest tests",
        "update the devstack defaults",
        "deprecate the old code path",
        "document the change for operators",
    ];
}
