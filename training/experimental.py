"""Experimental training measurements, kept out of the product path: the validation loss behind the hidden
``--validation-loss`` switch, a research question (does the loss rank trials as validation EX does?) that no default
uses. Training itself is training/sft.py."""

from __future__ import annotations


def completion_loss(model, data, batch_size: int) -> float:
    """Mean cross-entropy per completion token of ``data`` (``tokenize_for_training``'s form) under ``model``, with
    no gradients and dropout off: the loss training minimises, on examples it does not train on.

    Per token over the whole split, not a mean of batch means, so the figure does not depend on how the examples
    were batched. Examples go in length order, so that a batch pads little, through trl's collator, which pads the
    training batches (on the right, labels -100 there, attention masked)."""
    import torch
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    # The pad id is neither attended to nor scored, so any id serves: the caller need not pass the tokenizer.
    collate = DataCollatorForLanguageModeling(pad_token_id=0)
    device = next(model.parameters()).device
    order = sorted(range(len(data)), key=lambda i: len(data[i]["input_ids"]))
    total, count = 0.0, 0
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                batch = collate([data[i] for i in order[start : start + batch_size]])
                batch = {k: v.to(device) for k, v in batch.items()}
                logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits[:, :-1]
                target = batch["labels"][:, 1:]
                scored = target != -100
                # Only the completion's positions in float32: the whole logits tensor (batch x length x vocabulary)
                # in float32 would be several times the forward's own memory.
                total += torch.nn.functional.cross_entropy(
                    logits[scored].float(), target[scored], reduction="sum").item()
                count += int(scored.sum())
    finally:
        if was_training:
            model.train()
    if not count:
        raise ValueError("completion_loss: no completion token to score")
    return total / count
