"""Generation on a dense copy of the base with the adapter merged in ("merged" weights), instead of on the 4-bit
base with LoRA layers beside it ("adapter" weights).

Why: decoding a small model is launch-bound. Each of the 4-bit base's linear layers costs a dequantisation, a
matmul and, with an adapter, two more matmuls, a scale and an add at every decoding step; the dense copy costs
one matmul. The copy holds exactly what the 4-bit path computes with (every weight dequantised to the compute
dtype) plus the adapter's update B·A·scale summed in fp32 and rounded once, the way an adapter is merged for
serving. It is written in place before each evaluation, so it costs the base's size in the compute dtype once
per process (270 MB for SmolLM2-135M in bf16, 14.5 GB for a 7B model): "auto" uses it where that is at most a
quarter of the device's memory.
"""

from __future__ import annotations

import logging

from training.model import bare_model

log = logging.getLogger(__name__)

WEIGHTS = ("auto", "merged", "adapter")
AUTO_MEMORY_SHARE = 0.25
"""``weights="auto"`` merges where the dense copy takes at most this share of the GPU's memory (or of RAM on a CPU),
so a 7B model on a 24 GB card keeps generating through its adapter instead of running out of memory."""


def _dequantized(layer):
    """The weight a linear layer multiplies by, in its compute dtype (an NF4 weight dequantised)."""
    weight = layer.weight
    if getattr(weight, "quant_state", None) is not None:
        from peft.utils.integrations import dequantize_bnb_weight

        return dequantize_bnb_weight(weight, state=weight.quant_state)
    if not weight.is_floating_point():  # a quantisation this project does not load (8-bit, say): refuse, not garble
        raise ValueError(f"dense copy: cannot dequantise a {type(weight).__name__} weight of {weight.dtype}")
    return weight.data


def _base_layer(module):
    """The layer a LoRA wrapper wraps, or ``module`` itself."""
    return module.get_base_layer() if hasattr(module, "get_base_layer") else module


def model_bytes(model) -> int:
    """Size of ``model`` with every weight in the embeddings' dtype (a 4-bit weight counted at its full shape)."""
    root = bare_model(model)
    size = root.get_input_embeddings().weight.element_size()
    return size * sum(p.quant_state.shape.numel() if getattr(p, "quant_state", None) is not None else p.numel()
                      for p in root.parameters())


class DenseCopy:
    """A dense copy of a (quantized) causal LM; ``load(model)`` writes the base weights, plus the active LoRA
    adapter's update where ``model`` carries one, into the copy and returns it ready for ``generate``. The linear
    layers hold nothing meaningful until the first ``load``."""

    def __init__(self, model) -> None:
        import copy

        import torch
        from transformers import AutoModelForCausalLM

        root = bare_model(model)
        self.dtype = root.get_input_embeddings().weight.dtype
        config = copy.deepcopy(root.config)
        config.__dict__.pop("quantization_config", None)
        with torch.device("meta"):
            dense = AutoModelForCausalLM.from_config(config, dtype=self.dtype)
        dense.to_empty(device=next(root.parameters()).device)
        self.linears = [name for name, m in dense.named_modules() if isinstance(m, torch.nn.Linear)]
        own = dict(root.named_parameters(remove_duplicate=False)) | dict(root.named_buffers())
        # Everything but the linear layers' weights, which ``load`` writes (EvalWeights loads right after building).
        with torch.inference_mode():  # the copy only ever serves generate(), which runs in inference mode
            for name, tensor in [*dense.named_parameters(remove_duplicate=False), *dense.named_buffers()]:
                owner, _, leaf = name.rpartition(".")
                if owner in self.linears:
                    if leaf != "weight":
                        tensor.copy_(getattr(_base_layer(root.get_submodule(owner)), leaf))
                elif name in own:
                    tensor.copy_(own[name])
                else:
                    raise ValueError(f"dense copy: no weight {name!r} in the base model")
        dense.generation_config = copy.deepcopy(root.generation_config)
        dense.requires_grad_(False)
        dense.eval()
        self.model = dense

    def load(self, model):
        """Write ``model``'s weights (the base alone, or base + its active LoRA adapter) into the copy; return it.

        ``model`` must be the base this copy was made from, bare or wrapped by peft. An adapter on a layer the copy
        does not rewrite (an embedding, say) is refused rather than silently dropped."""
        import torch
        from peft.tuners.lora import LoraLayer

        root = bare_model(model)
        loras = {n for n, m in root.named_modules() if isinstance(m, LoraLayer)}
        if loras - set(self.linears):
            raise ValueError(f"dense copy: adapter layers it cannot merge: {sorted(loras - set(self.linears))[:3]}")
        dense = dict(self.model.named_modules())
        with torch.inference_mode():  # the copy only ever serves generate(), which runs in inference mode
            for name in self.linears:
                module = root.get_submodule(name)
                weight = _dequantized(_base_layer(module)).float()
                if isinstance(module, LoraLayer) and not module.disable_adapters:
                    for adapter in module.active_adapters:
                        if adapter in module.lora_A:
                            weight = weight + module.get_delta_weight(adapter).float()
                dense[name].weight.copy_(weight.to(self.dtype))
        return self.model


class EvalWeights:
    """What generation runs on: ``weights(model)`` is the model itself ("adapter") or the process's dense copy with
    ``model``'s weights written into it ("merged"). The copy is built at the first call and reused."""

    def __init__(self, mode: str = "auto") -> None:
        if mode not in WEIGHTS:
            raise ValueError(f"weights must be one of {WEIGHTS}, got {mode!r}")
        self.mode = mode
        self._copy: DenseCopy | None = None

    def resolve(self, model) -> str:
        """"merged" or "adapter" for this model on its device ("auto" decided by memory, see AUTO_MEMORY_SHARE)."""
        if self.mode != "auto":
            return self.mode
        import os

        import torch

        device = next(model.parameters()).device
        if device.type == "cuda":
            memory = torch.cuda.get_device_properties(device).total_memory
        else:
            memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        return "merged" if model_bytes(model) <= AUTO_MEMORY_SHARE * memory else "adapter"

    def __call__(self, model):
        if self.resolve(model) == "adapter":
            return model
        if self._copy is None:
            self._copy = DenseCopy(model)
            log.info("generation on a dense %s copy of the base with the adapter merged in", self._copy.dtype)
        return self._copy.load(model)
