"""Fine-tune a bigger T5-family checkpoint (e.g. a local CodeT5) with its own tokenizer."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from aiharden.repair.prompt import CONTROL_TOKENS
from aiharden.repair.prompt import placeholder_tokens


def load_base(base: Path, tok_out: Path) -> tuple[Any, Any]:
    """The model and its tokenizer.json with our control tokens and placeholders added (embeddings resized)."""
    from tokenizers import AddedToken
    from tokenizers import Tokenizer
    from transformers import T5ForConditionalGeneration

    src = base / "tokenizer.json"
    if not src.exists():
        raise SystemExit(f"{src}: missing; the base needs a fast tokenizer (tokenizer.json)")
    tok = Tokenizer.from_file(str(src))
    tok.add_special_tokens([AddedToken(t, normalized=False) for t in CONTROL_TOKENS])
    tok.add_tokens([AddedToken(t, normalized=False) for t in placeholder_tokens()])
    tok_out.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(tok_out))
    model = T5ForConditionalGeneration.from_pretrained(base)
    if tok.get_vocab_size() > model.get_input_embeddings().num_embeddings:
        model.resize_token_embeddings(tok.get_vocab_size())
    shutil.copy(base / "config.json", tok_out.parent / "base-config.json")
    return model, tok
