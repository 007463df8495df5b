"""The gender a given name usually carries in English-language news, for pronoun resolution only.

A short list of common given names that are rarely used for the other gender (so not Chris, Alex, Sam,
Jordan, Robin, Jean, Andrea, Kim ...). An unknown name has no gender: pronoun resolution then falls
back to what the article itself says (honorifics, gendered titles, earlier "he said"/"she said")."""
from __future__ import annotations

_MALE = """
aaron abdul abraham adam adrian ahmed alan albert alexander alexei alfred ali allen andrew andy angelo
anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad
bradley brandon brett brian bruce bryan carl carlos charles charlie chuck clarence clifford colin craig
daniel danny darren dave david dean dennis derek dick dmitry don donald doug douglas duncan
dwight earl eddie edward emmanuel eric ernest eugene frank franklin fred frederick gary gavin george
gerald gordon graham greg gregory harold harry henry howard hugh ian igor isaac ivan jack jacob jake
james jared jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jonathan jose joseph josh
joshua juan justin keith ken kenneth kevin kyle larry lawrence leonard leroy lloyd louis
luis luke malcolm marco mark martin matt matthew michael mike mitch mitchell mohamed mohammed muhammad
nathan neil nicholas nick nigel norman oliver omar oscar patrick paul pedro peter phil philip ralph
randy ray raymond richard rick rob robert rod rodney roger roland ron ronald ross roy rudy russell ryan
samuel scott sean sergei seth shane stanley stephen steve steven stuart ted theodore thomas tim
timothy todd tom tommy tony travis trey troy tyler victor vince vincent vladimir walter warren wayne
willard william willie xavier yuri zachary
"""

_FEMALE = """
abigail adele agnes alice alicia alison amanda amber amy ana angela angelina anita ann anna anne
annie april barbara beatrice becky betsy betty beverly bonnie brenda bridget brittany carla carmen
carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire clara claudia
colleen connie cynthia daisy danielle debbie deborah debra denise diana diane dolores donna doris
dorothy edith eileen elaine eleanor elena elizabeth ella ellen emily emma erica erin esther eva evelyn
faith fiona florence frances gail gina gladys gloria grace hannah harriet heather heidi helen hillary
holly irene isabel jacqueline jane janet janice jennifer jessica jill joan joanna joanne josephine joy
joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kimberly kirsten
kristen laura lauren leah linda lisa lori louise lucy lydia madeleine margaret maria marie marilyn
marjorie martha mary maxine megan melania melanie melissa michelle mildred miriam molly monica
nancy naomi natalie nicole nikki nina nora norma olivia pamela patricia paula pauline peggy penny
phyllis rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra sara sarah sharon
sheila shirley sonia sophia sophie stephanie susan suzanne sylvia tamara teresa theresa tiffany tina
ursula valerie vanessa vera veronica victoria virginia wanda wendy yvonne yulia zoe
"""
MALE_NAMES = frozenset(_MALE.split())
FEMALE_NAMES = frozenset(_FEMALE.split())


def given_gender(name: str) -> str:
    """"m" or "f" for a full name whose given name is a common one of one gender, else "". The given name
    is the first word, or the second after a title the name carries ("Mayor Bill de Blasio")."""
    words = [w.lower().strip(".") for w in name.split()]
    for word in words[:2] if len(words) > 2 else words[:1]:
        if word in MALE_NAMES:
            return "m"
        if word in FEMALE_NAMES:
            return "f"
    return ""
