"""optuna-dashboard's HTTP API, served in-process through its WSGI app: what its pages show, no server to start."""

from __future__ import annotations

import io
import json
from wsgiref.util import setup_testing_defaults


def get_bytes(app, path: str) -> bytes:
    """GET ``path`` from the WSGI ``app``; the body of its 200 answer."""
    environ = {"PATH_INFO": path, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    status = []
    body = b"".join(app(environ, lambda s, headers, exc_info=None: status.append(s)))
    assert status[0].startswith("200"), (status, body[:500])
    return body


def get(app, path: str):
    """GET ``path`` from the WSGI ``app``; the decoded JSON answer."""
    return json.loads(get_bytes(app, path))


def app(storage, artifact_dir=None):
    """optuna-dashboard's WSGI app on ``storage``, with the artifact store in ``artifact_dir`` (its --artifact-dir)."""
    from optuna_dashboard import wsgi

    store = None
    if artifact_dir is not None:
        from optuna.artifacts import FileSystemArtifactStore

        store = FileSystemArtifactStore(str(artifact_dir))
    return wsgi(storage, artifact_store=store)


def study_detail(storage, study_name: str, artifact_dir=None) -> dict:
    """``/api/studies/<id>`` of ``study_name``: its trials (notes, user attrs, artifacts), attrs, objective names."""
    served = app(storage, artifact_dir)
    summary = next(s for s in get(served, "/api/studies")["study_summaries"] if s["study_name"] == study_name)
    return {**get(served, f"/api/studies/{summary['study_id']}"), "study_id": summary["study_id"]}


def notes(detail: dict) -> dict[int, str]:
    """Trial number -> the body of its dashboard note."""
    return {t["number"]: t["note"]["body"] for t in detail["trials"]}
