"""The words speaker resolution reads: honorifics, role titles, pronouns by gender and number,
organisation nouns, kinship nouns, and the entity types that are never a person."""
from __future__ import annotations

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam"}
UNDOTTED_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chancellor", "premier", "leader", "chief", "senator", "sen.", "governor", "gov.", "mayor", "general",
    "gen.", "king", "queen", "prince", "pope", "ambassador", "envoy", "director", "chairman", "chairwoman",
    "chair", "ceo", "head", "commander", "representative", "rep.", "congressman", "congresswoman",
    "counterpart", "adviser", "advisor", "official", "elect", "foreign", "defence",
    "defense", "deputy", "state", "press", "attorney", "judge", "justice", "speaker", "lawmaker",
    "officer", "aide", "candidate", "nominee", "founder", "executive", "economist", "analyst", "mp",
    "councillor", "councilor", "councilman", "councilwoman", "professor", "prof.", "coach", "captain",
    "manager", "lawyer", "prosecutor", "sheriff", "detective", "inspector", "commissioner", "bishop",
    "rabbi", "imam", "reverend", "rev.", "rev", "cardinal", "archbishop", "colonel", "col.", "lieutenant",
    "lt.", "sergeant", "sgt.", "admiral", "marshal", "supt.", "superintendent",
    "president-elect", "emir", "sheikh", "crown",
    "chief-of-staff", "negotiator", "mediator",
}
LEADER_HEADS = {"president", "leader", "premier", "chancellor", "king", "queen", "head", "counterpart"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "we", "us", "our"}
NEUTER = {"it", "its"}
NOT_PERSON = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "DATE"}
ORG_WORDS = {
    "ministry", "department", "office", "party", "council", "committee", "commission", "agency",
    "university", "institute", "bank", "group", "inc", "inc.", "corp", "corp.", "company", "co.", "ltd",
    "news", "times",
    "post", "press", "association", "union", "foundation", "court", "house", "senate", "congress", "army",
    "police", "service", "services", "government", "administration", "campaign", "board", "center",
    "centre", "network", "journal", "fund", "organization", "organisation", "parliament",
    "assembly", "forces", "command", "authority", "federation", "league", "club", "team", "state",
    "bureau",
}
MALE_WORDS = {"mr", "mr.", "sir", "lord", "spokesman", "chairman", "congressman", "councilman", "businessman",
              "king", "prince", "emir", "sheikh", "father", "husband", "son", "brother", "uncle", "mister"}
FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "spokeswoman", "chairwoman",
                "congresswoman", "councilwoman", "businesswoman", "queen", "princess", "mother", "wife",
                "daughter", "sister", "aunt", "actress"}
KIN_WORDS = {
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "parents", "parent",
    "partner", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "uncle", "aunt",
    "cousin", "grandfather", "grandmother", "widow", "widower", "children", "child", "stepfather",
    "stepmother", "nephew", "niece", "mum", "dad",
}
# common nouns for people: an unnamed subject "A woman said" is someone a later "she" may refer to
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "resident", "witness", "neighbour", "neighbor", "friend", "relative",
    "student", "worker", "passenger", "survivor", "victim", "villager", "protester", "worshipper",
    "shopkeeper", "owner", "driver", "teacher", "doctor", "nurse", "employee", "customer", "farmer",
    "soldier", "volunteer", "activist", "bystander", "parishioner", "pilgrim", "tourist", "visitor",
    "eyewitness", "local", "mourner", "patient", "fan", "voter", "shopper", "commuter", "colleague",
}
PERSONAL_NOUNS = TITLE_WORDS | PERSON_NOUNS  # a role or a common noun for a person
# the gender an unnamed subject's noun states ("A woman said")
MALE_NOUNS = {"man", "boy", "brother", "businessman", "chairman", "congressman", "councilman", "father",
              "husband", "mister", "prince", "sheikh", "spokesman", "uncle"}
FEMALE_NOUNS = {"woman", "girl", "actress", "businesswoman", "chairwoman", "congresswoman", "councilwoman",
                "daughter", "madam", "mother", "princess", "queen", "sister", "spokeswoman"}
IGNORED_MODS = {"former", "then", "current", "new", "outgoing", "incoming", "acting", "late", "ex", "-",
                "also"}
EQUIV = {"u.s.": "us", "american": "us", "america": "us", "u.k.": "uk", "british": "uk", "britain": "uk",
         "spokesman": "spokesperson", "spokeswoman": "spokesperson",
         # abbreviated titles: "Sen. Bernie Sanders" is "the senator"
         "sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
         "supt.": "superintendent", "prof.": "professor", "col.": "colonel", "lt.": "lieutenant",
         "sgt.": "sergeant", "rev.": "reverend", "rev": "reverend"}


def norm_word(text: str) -> str:
    """A word as the vocabularies spell it: lower case, straight apostrophe, national synonyms folded."""
    word = text.lower().replace("’", "'")
    return EQUIV.get(word, word)
