"""Cleaning: each kind of page furniture is removed and listed; sentences and subheadings never are.

Every snippet here is invented for the test."""
from __future__ import annotations

import pytest

from storyline.article.clean import clean_text, furniture_kind

BODY = (
    "The harbour authority said on Tuesday that the new ferry line would open in the spring.\n"
    "Local traders welcomed the plan, although several asked for more parking near the quay."
)


def removed(line: str, before: bool = True) -> list[str]:
    """Boilerplate found when ``line`` is placed in an article body (before or after it)."""
    raw = f"{line}\n{BODY}" if before else f"{BODY}\n{line}"
    return clean_text(raw).boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # error banners
        "Error message",
        "An error occurred while loading the comments, try again later.",
        "Something went wrong. Please try again.",
        "Please enable JavaScript to play this clip",
        "Your browser does not support the audio element.",
        # social prompts and lone platform names
        "X",
        "Facebook",
        "YouTube.",
        "Follow us on Instagram",
        "Share on X",
        "Share | Email | Print",
        "Partager sur Facebook",
        "Follow our reporter Jane Roe on Twitter at twitter.com/janeroe",
        "Tweet with a location",
        # read-also cues
        "Read also: Harbour fees to rise next year",
        "Lire aussi",
        "Related:",
        "See also",
        "READ MORE",
        "(WATCH: The new ferry on its first trial run)",
        # lone timestamps
        "07:30",
        "Updated 14:05 GMT",
        "Published 3 hours ago",
        "12 March 2024, 09:15",
        "Last updated on 4 June 2023",
        # photo credits and captions
        "Photo: Jane Roe / Reuters",
        "Image caption",
        "(Getty Images)",
        "John Smith/AP Photo",
        "(Image: John Smith)",
        # advertising, cookies, subscriptions, calls to action
        "Advertisement",
        "ADVERTISEMENT Continue reading the main story",
        "Story continues below advertisement",
        "Click here to see the full timetable",
        "Sign up",
        "Sign up for our morning newsletter to get the news in your inbox every day.",
        "We use cookies to give you the best experience on our website.",
        "Accept all cookies",
        "Subscribe now",
        "Get breaking news alerts on your phone from our newsroom.",
        "You can save articles to read later in your account settings. Learn more",
        # separators, bare links, bracketed inserts
        "___",
        "* * *",
        "https://example.org/ferry-timetable",
        "[Harbour fees to rise next year]",
        "Copyright 2024 Example News. All rights reserved.",
        "Embed Ferry aground off the harbour 1:52 autoplay autoplay Copy this code to your website or blog",
    ],
)
def test_clean_furniture_line_is_removed_and_listed(line):
    assert removed(line) == [line]
    assert removed(line, before=False) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # real sentences, even when they contain furniture words
        "Follow-up talks will be held in Geneva, the foreign ministry said.",
        "An error occurred in the ministry's count, officials admitted on Monday.",
        "Click here, he told the jury, was all the screen said before it froze.",
        "Sign up rates for the scheme fell by a third last year, the report found.",
        "The company said its advertising revenue rose 12% in the third quarter.",
        "She said the photo, taken by Reuters, showed the damaged bridge.",
        "“We will not give up,” she said.",
        'He called the proposal "a first step"',
        "Is this the end of cheap ferries?",
        "Gallery owners said 12 photos were stolen from the museum on Sunday night.",
        # subheadings are content
        "Ongoing Talks and Efforts for a Deal:",
        "What happens next",
        # a lone date is content (later stages may use it)
        "Tuesday, 1 March",
        "1945",
        # platform names in a sentence of their own
        "Instagram and Facebook.",
        # list items
        "- Raised the threshold to 100,000 rupees ($2,300)",
        "3 Jane Roe (Canada)",
    ],
)
def test_clean_never_removes_content(line):
    assert removed(line, before=False) == []
    assert line in clean_text(f"{BODY}\n{line}\n{BODY}").text


def test_clean_protects_long_line_without_final_punctuation():
    line = " ".join(["The ferry will stop at every village along the coast"] * 3)
    assert furniture_kind(line) is None


def test_clean_notice_word_limit_keeps_long_paragraph_ending_with_read_more():
    paragraph = " ".join(["You will find the ferry runs every hour from the main quay."] * 10) + " Read more"
    assert furniture_kind(paragraph) is None


def test_clean_headline_becomes_title_and_its_repeat_is_boilerplate():
    raw = "X\n\nFerry Line to Open in Spring\n07:30\nFerry Line to Open in Spring\n\n" + BODY
    cleaned = clean_text(raw)
    assert cleaned.title == "Ferry Line to Open in Spring"
    assert cleaned.boilerplate == ["X", "07:30", "Ferry Line to Open in Spring"]
    assert cleaned.text == BODY


def test_clean_no_title_when_first_line_is_a_sentence():
    cleaned = clean_text(BODY)
    assert cleaned.title is None
    assert cleaned.text == BODY


def test_clean_no_title_after_furniture_when_body_starts():
    cleaned = clean_text("Error message\nAn error occurred while searching, try again later.\n" + BODY)
    assert cleaned.title is None
    assert cleaned.boilerplate == ["Error message", "An error occurred while searching, try again later."]


def test_clean_question_headline_becomes_title():
    cleaned = clean_text("Will the new ferry pay its way?\n" + BODY)
    assert cleaned.title == "Will the new ferry pay its way?"


def test_clean_known_title_repeated_in_body_is_boilerplate():
    raw = BODY + "\nFerry line to open in spring\n" + BODY
    cleaned = clean_text(raw, known_title="Ferry Line to Open in Spring")
    assert cleaned.boilerplate == ["Ferry line to open in spring"]


def test_clean_subheadings_stay_in_text():
    raw = f"{BODY}\nTalks With the Unions:\n{BODY}\nWhat Comes Next\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.boilerplate == []
    assert "Talks With the Unions:\n" in cleaned.text and "\nWhat Comes Next\n" in cleaned.text


def test_clean_links_after_a_cue_are_boilerplate():
    links = ["Harbour fees to rise next year", "Old ferry sold to Norwegian buyer", "Why the quay floods"]
    raw = "\n".join([BODY, "More on the harbour:", *links, BODY])
    assert clean_text(raw).boilerplate == ["More on the harbour:", *links]


@pytest.mark.model
def test_clean_link_list_at_the_bottom_is_boilerplate():
    links = [
        "Council votes to close the old ferry terminal",
        "Fishermen protest against new harbour fees",
        "Storm damages sea wall near the quay",
    ]
    cleaned = clean_text("\n".join([BODY, *links]))
    assert cleaned.boilerplate == links
    assert cleaned.text == BODY


@pytest.mark.model
def test_clean_list_of_names_at_the_bottom_is_kept():
    names = [
        "Jane Roe of Ohio, Court of Appeals",
        "John Doe of Maine, Supreme Court",
        "Ann Poe of Utah, District Court",
    ]
    cleaned = clean_text("\n".join([BODY, *names]))
    assert cleaned.boilerplate == []


def test_clean_whitespace_normalised_characters_kept():
    raw = "  Ferry Line to Open   \r\n \n \n The harbour  authority said it would open.   \n\n\n"
    raw += "“Soon,” she said.\t"
    cleaned = clean_text(raw)
    assert cleaned.title == "Ferry Line to Open"
    assert cleaned.text == "The harbour  authority said it would open.\n“Soon,” she said."


def test_clean_multinews_style_separators():
    raw = "Ferry Line to Open \n \n " + BODY.replace("\n", " \n \n ") + " \n \n Advertisement"
    cleaned = clean_text(raw)
    assert cleaned.text == BODY
    assert cleaned.boilerplate == ["Advertisement"]


def test_clean_only_furniture_leaves_nothing():
    cleaned = clean_text("Facebook\nTwitter\n\nAdvertisement\n07:30")
    assert cleaned.text == ""
    assert cleaned.title is None
    assert cleaned.boilerplate == ["Facebook", "Twitter", "Advertisement", "07:30"]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By Jane Roe, Staff Writer",
        "Page 2 of 3",
        "Hide Transcript Show Transcript",
        "Source: Harbour Authority / Flickr",
        "To get the full experience of this page, please upgrade your Flash Plugin",
        "The old ferry at the quay. (Photo: Jane Roe, Example News)",
        "1 year ago",
        "Slideshow (8 Images)",
        "JUST WATCHED Mayor: 'We will rebuild' Replay More Videos ... MUST WATCH Mayor: 'Rebuild' 02:46",
        "Gallery 9 photos Gallery © Harbour Agency/Jane Roe The quay at dawn",
    ],
)
def test_clean_bylines_navigation_and_captions_are_removed(line):
    assert removed(line, before=False) == [line]


@pytest.mark.parametrize(
    "line",
    ["By the end of the week the quay was full", "Search and rescue teams were sent to the quay"],
)
def test_clean_lines_starting_like_furniture_are_kept(line):
    assert removed(line, before=False) == []


def test_clean_hard_wrapped_paragraph_is_body_not_title():
    raw = (
        "The harbour authority said on Tuesday that the new\n"
        "ferry line would open in the spring, with boats every hour\n"
        "and a stop at Photo Island\n"
        "near the old quay.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.title is None
    assert cleaned.boilerplate == []
    assert cleaned.text == raw.strip()


def test_clean_section_label_over_headline_is_not_the_title():
    cleaned = clean_text("Harbour News\nFerry Line to Open in Spring\n" + BODY)
    assert cleaned.title == "Ferry Line to Open in Spring"
    assert cleaned.boilerplate == ["Harbour News"]


def test_clean_gallery_label_with_a_credit_is_not_the_headline():
    text = ("Gallery 12 photos © Jane Roe/Harbour Agency\n\n"
            "The night ferry ran aground off the harbour wall on Sunday, the coastguard said.\n\n"
            "Nobody was hurt, and the ferry was towed back to port on Monday morning.\n")
    cleaned = clean_text(text)
    assert cleaned.title is None or "©" not in cleaned.title


@pytest.mark.parametrize("text, caption", [
    ("Gallery 12 photos © Jane Roe", True),
    ("FILE - The old ferry leaves the harbour in 2019.", True),
    ("In this Tuesday, May 4, 2021 file photo, the ferry leaves the harbour.", True),
    ("An image from the harbour festival's fireworks show on Monday night.", True),
    ("Mayor Ana Ruiz (L) greets the crew (AP Photo/Jane Roe)", True),
    ("The ferry left the harbour on Monday with 40 passengers on board.", False),
])
def test_clean_caption_or_credit_is_one_test(text, caption):
    from storyline.article.furniture import caption_or_credit
    from storyline.corpus.story_text import caption_like

    assert caption_or_credit(text) is caption
    assert caption_like(text) is caption
