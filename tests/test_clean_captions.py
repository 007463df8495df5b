"""Photo captions are article text (kept with their credit, as readers annotate them); bare credit lines and
browser banners are furniture even when sentence-shaped; body sentences are kept."""
from storyline.article.clean import clean_text
from storyline.article.furniture import furniture_kind

BODY = "The council voted on the new budget after a long debate in the chamber."


def test_line_ending_with_agency_credit_is_kept_caption():
    caption = ("A woman waves a flag as marchers pass the town hall in Springfield, Ill., Monday, "
               "March 2, 2020. The march was the largest in years... (Associated Press)")
    short = "Fans cheer at the stadium during the final match (Getty Images)"
    cleaned = clean_text(f"{caption}\n{short}\n{BODY}")
    assert cleaned.boilerplate == []
    assert cleaned.text == f"{caption}\n{short}\n{BODY}"
    assert furniture_kind("Firefighters work at the scene of the blaze. (AP Photo/Jane Roe)") is None


def test_bare_credit_line_is_furniture():
    for credit in ("(AP Photo/Jane Roe)", "Photo: Getty Images", "Image copyright EPA"):
        cleaned = clean_text(f"{credit}\n{BODY}")
        assert cleaned.boilerplate == [credit], credit
        assert cleaned.text == BODY


def test_credit_inside_a_sentence_is_not_caption():
    assert furniture_kind("A photographer for Getty Images said the crowd was calm and orderly.") is None


def test_weekday_dated_caption_and_dated_sentences_are_kept():
    caption = "The mayor greets residents at a shelter in Dayton, Ohio, Tuesday, May 5, 2020."
    past = "The treaty was signed by both ministers in Geneva on Tuesday, May 5, 2020."
    said = "The agency says the office will reopen on Friday, June 12, 2020."
    cleaned = clean_text(f"{caption}\n{past}\n{said}\n{BODY}")
    assert cleaned.boilerplate == []
    assert cleaned.text == f"{caption}\n{past}\n{said}\n{BODY}"


def test_caption_inside_a_paragraph_is_not_cut():
    text = f"{BODY} The mayor greets residents, Tuesday, May 5, 2020. (AP Photo/Jane Roe) More body text."
    assert clean_text(text).text == text


def test_outdated_browser_banner_is_notice():
    banner = "Your browser is out of date. Some parts of this site may not display correctly."
    cleaned = clean_text(f"{banner}\nRiver Levels Rise Again\n{BODY}")
    assert cleaned.boilerplate == [banner]
    assert cleaned.title == "River Levels Rise Again"


def test_sentence_about_browsers_is_kept():
    line = "Your browser is the program that the new law regulates, the minister explained."
    assert furniture_kind(line) is None


def test_caption_label_is_cut_and_caption_kept():
    image = "Image copyright Reuters Image caption Flood water covers the main road into the village"
    video = ("Media playback is unsupported on your device Media caption The mayor said the town "
             "would rebuild the bridge")
    cleaned = clean_text(f"{BODY}\n{image}\n{video}")
    assert cleaned.text == (f"{BODY}\nFlood water covers the main road into the village\n"
                            "The mayor said the town would rebuild the bridge")


def test_label_without_caption_text_is_furniture():
    for line in ("Media playback is unsupported on your device", "Image copyright Getty Images"):
        cleaned = clean_text(f"{line}\n{BODY}")
        assert cleaned.boilerplate == [line], line
        assert cleaned.text == BODY
