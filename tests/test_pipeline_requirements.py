"""The pipeline checks at build time that every stage's requirements are produced earlier."""
from __future__ import annotations

import pytest

from storyline.article.base import ArticleStage, check_requirements
from storyline.errors import PipelineError
from storyline.pipeline import default_stages


class Needs(ArticleStage):
    name = "needs-doc"
    requires = ("doc",)


def test_pipeline_requirements_missing_producer_is_E200():
    with pytest.raises(PipelineError) as err:
        check_requirements([Needs()])
    assert err.value.code == "E200" and "needs-doc" in str(err.value)


def test_pipeline_default_stages_are_consistent():
    stages = default_stages()
    check_requirements(stages)
    names = [s.name for s in stages]
    assert names[0] == "clean" and names.index("nlp") < names.index("quotes") < names.index("figures")
