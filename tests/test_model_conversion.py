"""Converting the embedded GGUF file: the special tokens come from the file's own metadata (the model's config), not
from however the installed transformers reads its tokenizer."""

import json

import pytest

from training.model import align_special_tokens, convert_gguf, embedded_gguf_path

pytestmark = pytest.mark.e2e


def as_517_reads_it(tokenizer):
    """The tokenizer as transformers 5.17 reads the embedded GGUF: EOS ``<|im_start|>`` (the BOS), no pad token."""
    tokenizer.eos_token = tokenizer.bos_token
    tokenizer.pad_token = None
    return tokenizer


def test_align_special_tokens_takes_the_configs_ids(model_cache):
    from transformers import AutoConfig, AutoTokenizer

    folder = convert_gguf(embedded_gguf_path(), model_cache)
    config = AutoConfig.from_pretrained(folder)
    assert (config.bos_token_id, config.eos_token_id, config.pad_token_id) == (1, 2, 2)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    assert (tokenizer.eos_token, tokenizer.eos_token_id, tokenizer.pad_token_id) == ("<|im_end|>", 2, 2)

    tokenizer = as_517_reads_it(tokenizer)
    assert (tokenizer.eos_token_id, tokenizer.pad_token_id) == (1, None)
    align_special_tokens(tokenizer, config)
    assert (tokenizer.bos_token_id, tokenizer.eos_token_id, tokenizer.pad_token_id) == (1, 2, 2)
    assert tokenizer.eos_token == "<|im_end|>"


def test_conversion_saves_the_files_eos_whatever_the_tokenizer_reader_said(tmp_path, monkeypatch):
    """A real conversion (into a fresh cache) with the tokenizer read as 5.17 reads it: the saved folder's tokenizer
    ends turns with <|im_end|>, as the GGUF file says."""
    from transformers import AutoTokenizer

    real = AutoTokenizer.from_pretrained
    monkeypatch.setattr(AutoTokenizer, "from_pretrained", lambda *a, **kw: as_517_reads_it(real(*a, **kw)))
    folder = convert_gguf(embedded_gguf_path(), tmp_path)
    monkeypatch.undo()
    saved = json.loads((folder / "tokenizer_config.json").read_text())
    assert (saved["eos_token"], saved["pad_token"]) == ("<|im_end|>", "<|im_end|>")
    tokenizer = AutoTokenizer.from_pretrained(folder)
    assert (tokenizer.eos_token_id, tokenizer.pad_token_id) == (2, 2)
