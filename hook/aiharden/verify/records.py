"""What verification says of a candidate (Verdict) and of a finding (Repair): text, JSON and SARIF all read these."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from aiharden.repair.candidates import Candidate
from aiharden.scan.findings import Finding

LEVELS = ("static", "exploit", "tests")  # the rungs a candidate climbs, lowest first

# Why a candidate is turned down: a code for statistics and tools, a message for people.
UNTRUSTED = "untrusted-text"  # NUL bytes, a diff header, an absolute path, too long
INVENTED = "invented-literal"
UNPARSABLE = "does-not-parse"
UNDEFINED = "undefined-name"
OFF_TARGET = "off-target"
DELETES = "deletes-code"
LOSES_VALUE = "loses-value"
RESCAN_INCOMPLETE = "rescan-incomplete"
TARGET_REMAINS = "finding-remains"
FAMILY_REMAINS = "weakness-remains"
INTRODUCES = "introduces-cwe"
STILL_EXPLOITABLE = "still-exploitable"
CHANGES_BEHAVIOUR = "changes-behaviour"
TESTS_FAIL = "tests-fail"
TESTS_TIMEOUT = "tests-timeout"
UNPROVEN = "unproven-model"  # a model's rewrite that neither a probe nor the project's tests could confirm
CODES = (UNTRUSTED, INVENTED, UNPARSABLE, UNDEFINED, OFF_TARGET, DELETES, LOSES_VALUE, RESCAN_INCOMPLETE,
         TARGET_REMAINS, FAMILY_REMAINS, INTRODUCES, STILL_EXPLOITABLE, CHANGES_BEHAVIOUR, TESTS_FAIL, TESTS_TIMEOUT,
         UNPROVEN)


@dataclass(frozen=True)
class ProbeNote:
    """What the exploit probe said of one candidate."""
    family: str | None
    status: str  # blocked, exploitable, changed, unshown, not_probed
    message: str = ""
    shown: str = ""  # the exploit as shown on the original
    payloads: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class Verdict:
    candidate: Candidate
    accepted: bool
    reason: str = ""  # the message: why it was turned down; "" when accepted
    code: str = ""  # one of CODES; "" when accepted
    parses: bool = False
    target_fixed: bool = False
    fixes_cwe: tuple[int, ...] = ()
    introduces_cwe: tuple[int, ...] = ()
    introduced: tuple[Finding, ...] = ()
    tests_ok: bool | None = None
    left_in_region: int = 0  # other findings still on the lines the candidate rewrote
    left_in_function: tuple[str, ...] = ()  # "CWE-89 at line 12": the same weakness elsewhere in the function
    level: str | None = None  # static, exploit or tests; None when turned down
    probe: ProbeNote | None = None
    proof_needed: str = ""  # a finding the re-scan still reports by design: accepted only when the probe blocks


@dataclass(frozen=True)
class Repair:
    """Per finding: fixed (a verified candidate), partial (verified, but the same weakness is left elsewhere in the
    function), rejected (every candidate turned down) or unrepaired (no candidate at all)."""
    finding: int
    status: str
    chosen: Verdict | None
    verdicts: tuple[Verdict, ...]
    reason: str
    code: str = ""
    left: tuple[str, ...] = field(default=())

    @property
    def level(self) -> str | None:
        return self.chosen.level if self.chosen else None
