"""The fixed sentences the bot may say without a citation: refusals, abstentions, openings.

They carry no facts about drugs (facts come only from the knowledge base, with citations),
no dose and no emergency number (numbers live in `knowledge/jurisdictions.yaml`).
"""

EMPTY_MESSAGE = "Please type a question, for example: what are the risks of mixing alcohol and cocaine?"

ABSTAIN_NOT_IN_KB = (
    "I don't have vetted information on that, so I won't guess. "
    "A local drug service, a pharmacist or a drug-checking service can help; "
    "if someone is unwell, call your local emergency number."
)
ABSTAIN_OUT_OF_SCOPE = (
    "I can only help with information about drugs, alcohol and staying safer, so I can't answer that. "
    "Ask me about a substance's effects, risks, combinations or legal status."
)
NO_INTERACTION_DATA = (
    "I don't have vetted information on combining {a} and {b}, and that does not mean the combination is safe. "
    "Mixing drugs often raises the risks, so a pharmacist or a drug service is the best place to ask."
)
DOSING_REFUSAL = (
    "I don't give amounts, timings or schedules for taking {what}. "
    "No amount is reliably safe: strength and contents vary between batches, and the same amount "
    "affects people very differently. Here is what can lower the risk:"
)
OTHER_REFUSALS = {
    "manufacture": (
        "I can't help with making, extracting or growing drugs. Home production is dangerous and the results "
        "are unpredictable. I can tell you about a substance's effects and risks, drug checking, or where to get help."
    ),
    "sourcing": (
        "I can't help with buying or finding drugs. If you do use, testing your drugs and not using alone "
        "lower the risk: ask me about drug checking or naloxone."
    ),
    "evasion": (
        "I can't help with avoiding drug tests, police or security, or with cutting or selling drugs. "
        "I can tell you about the risks of a substance, the law where you are, or where to get support."
    ),
    "harm_to_others": (
        "I can't help with that. Giving someone a drug without their knowledge or consent, spiking a drink, "
        "drugging or poisoning someone is a serious crime and can kill. "
        "If you think someone has been spiked: stay with them, tell the bar or venue staff, don't let them "
        "leave alone or with someone they don't know, and call your local emergency number if they become "
        "very drowsy, confused, can't stand, or their breathing changes. Report it to the police, and ask a "
        "hospital or doctor for a test as soon as possible, since some drugs leave the body within hours."
    ),
    "prescription_fraud": (
        "I can't help with forging or altering prescriptions, faking symptoms or deceiving a doctor or "
        "pharmacist to get medicines. It is a crime, and medicines taken without a prescriber who knows "
        "the full picture are riskier. If you feel you need a medicine, or you're struggling with one, "
        "talking honestly with a doctor, a pharmacist or a drug service is the safer way."
    ),
    "minors": (
        "I can't help with getting alcohol or drugs to children or teenagers, or with a young person "
        "getting them. Supplying them to a minor is illegal almost everywhere, and young bodies and brains "
        "are more easily harmed. If a young person is already using, a youth or family drug service "
        "can help without judgement; if someone is unwell, call your local emergency number."
    ),
    "promotion": (
        "I can't write content that promotes or glamorises drug use or encourages someone to try drugs. "
        "I can help with honest information instead: a substance's effects and risks, safer use, drug "
        "checking, or where to find support."
    ),
    "defamation": (
        "I can't help with claims that someone uses, sells or is addicted to drugs when they may not be true, "
        "or with framing someone. False claims like these can do lasting harm and may be unlawful. "
        "If you're worried about someone's drug use, I can tell you about signs of harm and where to get support."
    ),
}
EMERGENCY_OPENING = "This sounds like an emergency: get help now."
UNKNOWN_PLACE_EMERGENCY = "Call your local emergency number."
CRISIS_OPENING = (
    "I'm really sorry you're feeling this way, and I'm glad you said something. "
    "You don't have to go through this alone: people are ready to talk with you right now."
)
# The same, to someone asking how to help another person through a crisis ("my best friend just texted me that she
# wants to die, what do i say to her"): the sorrow is not theirs to be told of, the help is for both of them.
CRISIS_OPENING_FOR_SOMEONE = (
    "It's good that you're there for them, and that you asked. "
    "You don't have to handle this alone: people are ready to help you both right now."
)
LEGAL_NOTE = "This is general information, not legal advice."
LEGAL_ASK_PLACE = "Tell me where you are for the details there."
