import pytest

from bot.doses import contains_dose, find_dose_mentions


@pytest.mark.parametrize(
    "text",
    [
        "take 120 mg",
        "0.5ml of G",
        "half a pill",
        "2 tabs",
        "a couple of lines",
        "1.5 mg/kg",
        "per kg of body weight",
        "redose after 2 hours",
        "wait 90 minutes before you redose",
        "100-150mg is common",
        "14 units a week",
        "3 points",
        "½ a tab",
    ],
)
def test_dose_amounts_and_redosing_timings_are_found(text: str) -> None:
    assert contains_dose(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Class A under the Misuse of Drugs Act 1971",
        "call 116 123",
        "2C-B is a psychedelic",
        "effects last 4 to 6 hours",
        "body temperature above 40°C",
        "Schedule 8 of the Poisons Standard",
        "naloxone may need more than one dose",
        "3-MMC and 4-MMC are cathinones",
        "at one point it was legal",
        "the first line of treatment",
        "in 2024 the FDA declined",
        "21 CFR 1308.11",
    ],
)
def test_ordinary_numbers_are_not_doses(text: str) -> None:
    assert find_dose_mentions(text) == [], text
