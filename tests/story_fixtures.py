"""Invented articles for the story tests: two fictional events and a later continuation of one."""
from __future__ import annotations

from storyline.model import Article

BRIDGE_1 = (
    "Bridge collapses over the Varnel river",
    "The old road bridge over the Varnel river in Ostrava Nova collapsed on Tuesday morning, sending two "
    "lorries into the water. Mayor Helga Brandt said rescuers pulled both drivers out alive. The bridge, "
    "built in 1962, had been closed to buses since last year after inspectors found cracks in its piers.",
)
BRIDGE_2 = (
    "Two drivers rescued after Varnel bridge falls",
    "Rescue teams in Ostrava Nova saved two lorry drivers after the Varnel river bridge gave way on "
    "Tuesday. Helga Brandt, the town's mayor, told reporters the span had been under watch for cracks. "
    "Divers searched the river for a third vehicle but found none.",
)
BANK = (
    "Central bank of Eldoria raises interest rate to 6 percent",
    "The Bank of Eldoria raised its main interest rate by half a point to 6 percent on Thursday, its third "
    "increase this year, as inflation stayed above 8 percent. Governor Tomas Rivik said further rises were "
    "possible if food and energy prices kept climbing.",
)
BANK_2 = (
    "Eldoria lifts rates again as inflation bites",
    "Eldoria's central bank lifted its benchmark rate to 6 percent, a half-point rise, with governor Tomas "
    "Rivik warning that inflation of more than 8 percent left no choice. Markets had expected the move.",
)
BRIDGE_INQUIRY = (
    "Inquiry into Varnel bridge collapse hears from inspectors",
    "Inspectors told the public inquiry into the collapse of the Varnel river bridge in Ostrava Nova that "
    "they had warned the town about cracks in the piers two years before it fell. Mayor Helga Brandt is "
    "due to give evidence next week.",
)
CHESS = (
    "Teenager wins national chess title in Lerida",
    "A sixteen-year-old from Lerida won the national chess championship on Sunday after a tense final "
    "round against the defending champion. She said she had prepared for months with her coach.",
)


def article(doc_id: str, item: tuple[str, str], published: str | None) -> Article:
    """An article with the invented title and body."""
    title, text = item
    return Article(id=doc_id, path=f"{doc_id}.txt", text=text, title=title, published=published)


def corpus() -> list[Article]:
    """Five articles: the bridge collapse (two outlets), the rate rise (two outlets), the inquiry."""
    return [
        article("bridge-a", BRIDGE_1, "2026-03-03"),
        article("bridge-b", BRIDGE_2, "2026-03-04"),
        article("bank-a", BANK, "2026-03-05"),
        article("bank-b", BANK_2, "2026-03-05"),
        article("inquiry", BRIDGE_INQUIRY, "2026-05-12"),
    ]
