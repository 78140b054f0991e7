"""Trial folders: ``<artifacts>/<study>/trial-<n>/`` with the adapter, its resolved config and its metrics."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path


def trial_dir(root: Path, trial_number: int) -> Path:
    return Path(root) / f"trial-{trial_number}"


def store_path(root: Path) -> Path:
    """Optuna's FileSystemArtifactStore folder (shared by every study under ``root``), for optuna-dashboard's
    --artifact-dir; not created."""
    return Path(root) / "optuna-artifacts"


def store_dir(root: Path) -> Path:
    """``store_path``, created."""
    path = store_path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def upload_best_adapter(study, trial_number: int, adapter: Path, root: Path) -> str | None:
    """The best trial's adapter folder, zipped, as the study's artifact ``best-trial-N-adapter.zip`` in the store
    under ``root``: optuna-dashboard offers it on the study's page (unzipped, ``adapter/`` is what
    PeftModel.from_pretrained takes). Its artifact id; None where the study holds it already (a rerun)."""
    import zipfile

    from optuna.artifacts import FileSystemArtifactStore, get_all_artifact_meta, upload_artifact

    name = f"best-trial-{trial_number}-adapter.zip"
    if any(meta.filename == name for meta in get_all_artifact_meta(study)):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / name
        # Stored, not deflated: safetensors barely compress, and a 7B model's adapter is hundreds of MB.
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
            for path in sorted(Path(adapter).rglob("*")):
                if path.is_file():
                    z.write(path, Path("adapter") / path.relative_to(adapter))
        return upload_artifact(artifact_store=FileSystemArtifactStore(str(store_dir(root))), file_path=str(archive),
                               study_or_trial=study)


def _jsonable(value):
    if is_dataclass(value):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def atomic_write_text(path: Path, text: str) -> None:
    """Write all of ``text`` or nothing: a temporary file in the same folder, renamed at the end.

    The file gets the permissions an ordinary new file gets (0666 less the umask), not mkstemp's private 0600."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            mask = os.umask(0)
            os.umask(mask)
            os.fchmod(f.fileno(), 0o666 & ~mask)
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data) -> None:
    atomic_write_text(path, json.dumps(_jsonable(data), indent=2, sort_keys=True) + "\n")


def save_trial(folder: Path, write_adapter: Callable[[Path], None], config: dict, metrics: dict) -> Path:
    """Save the adapter (``write_adapter(path)`` writes it; training/sft.py: save_adapter) + config.json +
    metrics.json into ``folder`` (replacing an earlier attempt); return it. Given a writer, not the model, so this
    layer never knows peft.

    Written into a temporary sibling folder and renamed, so a crash never leaves a half-saved adapter that
    ``PeftModel.from_pretrained`` would later fail on.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
    try:
        write_adapter(tmp / "adapter")
        write_json(tmp / "config.json", config)
        write_json(tmp / "metrics.json", metrics)
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder
