"""Story titles and leads carry no dateline, agency tag, transcript label or photo caption."""
from storyline.corpus.stories import build_stories
from storyline.corpus.story_features import lead_text
from storyline.corpus.story_text import caption_like, strip_prefix
from storyline.model import Article

BODY = ("The city council approved the new flood barrier on Monday after a year of delays. "
        "Work will start in spring and is expected to take two years.")


def test_strip_prefix_removes_datelines_tags_and_labels():
    assert strip_prefix("SPRINGFIELD, Ill. (AP) — The council voted.") == "The council voted."
    assert strip_prefix("(CNN)The council voted.") == "The council voted."
    assert strip_prefix("LONDON (Reuters) - Shares fell.") == "Shares fell."
    assert strip_prefix("MAYOR: We will build it.") == "We will build it."
    assert strip_prefix("The council (AP) voted.") == "The council (AP) voted."
    assert strip_prefix("Voters: who are they?") == "Voters: who are they?"


def test_caption_like_sentences():
    assert caption_like("A crowd gathers outside the hall, Saturday, Oct. 3, 2020.")
    assert caption_like("FILE - In this 2019 photo, the mayor speaks to reporters.")
    assert caption_like("The mayor, left, greets the governor, right, at the hall.")
    assert caption_like("Fans cheer at the stadium. (AP Photo/Jane Roe)")
    assert not caption_like(BODY)


def test_lead_skips_caption_line_and_strips_dateline():
    text = ("A crowd gathers outside the council hall, Monday, Oct. 5, 2020. (AP Photo/Jane Roe)\n"
            f"SPRINGFIELD, Ill. (AP) — {BODY}")
    lead = lead_text(Article(id="a", path="a", text=text))
    assert "crowd gathers" not in lead
    assert lead.startswith("The city council approved")


def test_title_from_first_sentence_has_no_clutter():
    text = f"(CNN){BODY}"
    stories = build_stories([Article(id="a", path="a", text=text)])
    assert stories[0].title.startswith("The city council approved the new flood barrier")


def test_title_from_headline_has_no_agency_tag():
    article = Article(id="a", path="a", text=BODY, title="SPRINGFIELD (AP) — Council approves flood barrier")
    assert build_stories([article])[0].title == "Council approves flood barrier"
