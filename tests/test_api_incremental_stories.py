"""Adding an article to a built store keeps the stories as they were and embeds only the new article."""
from __future__ import annotations

from conftest import SEEDS, seed_paths
from storyline import api
from storyline.corpus import embed


def test_api_incremental_stories_keep_ids_and_reuse_vectors(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    manifest = str(SEEDS / "manifest.jsonl")
    first = api.build([str(p) for p in seed_paths()[:4]], db=db, manifest=manifest).brief
    embedded: list[int] = []
    real = embed.embed_texts

    def counting(texts, **kw):
        embedded.append(len(texts))
        return real(texts, **kw)

    monkeypatch.setattr(embed, "embed_texts", counting)
    second = api.build([str(p) for p in seed_paths()], db=db, manifest=manifest).brief
    assert sum(embedded) == 1, "only the added article is embedded"
    before = {s["id"]: set(s["documents"]) for s in first["stories"]}
    after = {s["id"]: set(s["documents"]) for s in second["stories"]}
    for story_id, docs in before.items():
        assert story_id in after and docs <= after[story_id]
    assert sum(len(d) for d in after.values()) == 5
