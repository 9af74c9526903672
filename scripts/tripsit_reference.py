"""Rebuild knowledge/reference/tripsit_levels.yaml from a copy of TripSit's combos.json.

    python scripts/tripsit_reference.py path/to/combos.json --commit <sha> --accessed YYYY-MM-DD

Only the level of each pair is kept (facts); none of TripSit's notes, wording or sources are copied.
Add a line to OUR_TO_TRIPSIT when a substance of ours corresponds to one of TripSit's names.
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations
from pathlib import Path

import yaml

# Our substance id -> TripSit's name in combos.json. fentanyl and nitazenes use the `opioids` rows
# (`interacts_as`), so they need no line. Ours with no TripSit counterpart: synthetic-cannabinoids,
# poppers, kratom, xylazine, pde5-inhibitors, hiv-boosters, datura, solvents. lean uses TripSit's opioids rows.
OUR_TO_TRIPSIT = {
    "mdma": "mdma",
    "alcohol": "alcohol",
    "cannabis": "cannabis",
    "cocaine": "cocaine",
    "amphetamine": "amphetamines",
    "methamphetamine": "amphetamines",  # TripSit rates "amphetamines" as one group; we apply it to both
    "cathinones": "mephedrone",  # TripSit rates mephedrone (4-MMC) only
    "ketamine": "ketamine",
    "pcp": "pcp",
    "dxm": "dextromethorphan",
    "nitrous": "nitrous",
    "lsd": "lsd",
    "psilocybin": "mushrooms",
    "dmt": "dmt",
    "mescaline": "mescaline",
    "2c-x": "2c-x",
    "nbomes": "nbomes",
    "ghb": "ghb/gbl",
    "benzodiazepines": "benzodiazepines",
    "opioids": "opioids",
    "tramadol": "tramadol",
    "gabapentinoids": "pregabalin",  # TripSit rates pregabalin only
    "caffeine": "caffeine",
    "ssris": "ssris",
    "maois": "maois",
    "lithium": "lithium",
    "dox": "dox",
    "diphenhydramine": "diphenhydramine",
    "lean": "opioids",  # lean is codeine (an opioid) with promethazine; TripSit's opioid levels are its floor
    "ketamine-analogues": "mxe",  # TripSit rates methoxetamine (MXE) only; applied to the analogue group
}
LEVELS = {
    "Dangerous": "dangerous",
    "Unsafe": "unsafe",
    "Caution": "caution",
    "Low Risk & Synergy": "low_risk_synergy",
    "Low Risk & No Synergy": "low_risk_no_synergy",
    "Low Risk & Decrease": "low_risk_decrease",
}
HEADER = """\
# TripSit's combination levels for our substance-id pairs: a reference for `hrbot kb check`,
# never indexed or quoted. Levels only (facts); none of TripSit's notes or wording is kept here.
#
# Source: TripSit, "Drug Combination Chart" data, file combos.json in the repository
#   https://github.com/TripSit/drugs (commit {commit}; combos.json last changed {changed}),
#   the data behind https://combo.tripsit.me/ ; accessed {accessed}.
# Licence: the repository's package.json declares the ISC licence (it has no separate licence
#   file); TripSit asks users not to rely on the chart alone. We keep only the level of each pair.
# Mapping of our ids to TripSit's names (built by scripts/tripsit_reference.py):
{mapping}
#   Ours with no TripSit counterpart: synthetic-cannabinoids, poppers, kratom, xylazine,
#   pde5-inhibitors, hiv-boosters, datura, solvents. fentanyl and nitazenes use the opioids rows
#   (interacts_as); lean (codeine with promethazine) is compared with TripSit's opioids rows.
#   TripSit names with no id of ours yet: {unmapped}.
# TripSit rates "amphetamines" as one group, applied here to amphetamine and to methamphetamine, so
#   amphetamine + methamphetamine is left out. TripSit's levels map to ours
#   one to one: Dangerous, Unsafe, Caution, Low Risk & Synergy / No Synergy / Decrease.
"""


def build(combos: dict, commit: str, changed: str, accessed: str) -> str:
    rows = []
    for ours_a, ours_b in combinations(OUR_TO_TRIPSIT, 2):
        theirs_a, theirs_b = OUR_TO_TRIPSIT[ours_a], OUR_TO_TRIPSIT[ours_b]
        if theirs_a == theirs_b:
            continue
        found = combos.get(theirs_a, {}).get(theirs_b) or combos.get(theirs_b, {}).get(theirs_a)
        if found and found.get("status") in LEVELS:
            rows.append({"a": ours_a, "b": ours_b, "level": LEVELS[found["status"]]})
    mapping = "\n".join(f"#   {ours} = {theirs}" for ours, theirs in OUR_TO_TRIPSIT.items())
    unmapped = ", ".join(sorted(set(combos) - set(OUR_TO_TRIPSIT.values())))
    head = HEADER.format(commit=commit, changed=changed, accessed=accessed, mapping=mapping, unmapped=unmapped)
    body = "".join(f"- {{a: {r['a']}, b: {r['b']}, level: {r['level']}}}\n" for r in rows)
    yaml.safe_load(body)  # the output must parse
    return head + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("combos", type=Path)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--changed", required=True, help="date combos.json last changed in that commit")
    parser.add_argument("--accessed", required=True)
    parser.add_argument("--out", type=Path, default=Path("knowledge/reference/tripsit_levels.yaml"))
    args = parser.parse_args()
    combos = json.loads(args.combos.read_text(encoding="utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(build(combos, args.commit, args.changed, args.accessed), encoding="utf-8")


if __name__ == "__main__":
    main()
