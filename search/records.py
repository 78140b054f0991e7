"""What a search records in its study, as dataclasses: the one module that writes or reads the user attrs of the
study and its trials by key.

The keys and their JSON values are those that studies held before this module existed: optuna-dashboard shows them,
and the studies under benchmarks/results/ must stay readable. Each record therefore keeps its fields under their flat
keys and adds only its version (``record_version`` on a trial, ``baseline_version`` on the study, ``version`` inside
``final_settings``). A record without a version is version 1, the layout described here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

VERSION = 1
SEMANTICS = ("strict", "official")


def _known(cls, values: dict) -> dict:
    """The entries of ``values`` that are fields of ``cls``: a newer writer's extra keys do not break an older
    reader."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}


def by_difficulty(summary: dict) -> dict[str, float]:
    """EX by difficulty from an evaluation summary, as the study stores it (no counts)."""
    return {k: v["ex"] for k, v in summary["by_difficulty"].items()}


@dataclass(frozen=True)
class SplitFigures:
    """One model's EX on one split: under the search's semantics, under each semantics where measured, by difficulty.
    Stored as ``<name>_ex``, ``<name>_ex_strict``, ``<name>_ex_official``, ``<name>_by_difficulty`` and
    ``<name>_seconds``, ``name`` being e.g. ``baseline_test`` or ``best_test``."""

    ex: float
    by_difficulty: dict[str, float] = field(default_factory=dict)
    ex_strict: float | None = None
    ex_official: float | None = None
    seconds: float | None = None

    @classmethod
    def of(cls, result, with_seconds: bool = True) -> SplitFigures:
        """From an evaluation.evaluate.EvalResult."""
        summary = result.summary
        return cls(result.ex, by_difficulty(summary), summary.get("ex_strict"), summary.get("ex_official"),
                   result.seconds if with_seconds else None)

    def ex_under(self, semantics: str, searched: str) -> float | None:
        """EX under ``semantics``; studies from before both were recorded hold only ``ex``, which is the search's own
        semantics (``searched``). None when unknown."""
        value = getattr(self, f"ex_{semantics}")
        return self.ex if value is None and semantics == searched else value

    def write(self, study, name: str) -> None:
        study.set_user_attr(f"{name}_ex", self.ex)
        for semantics in SEMANTICS:
            if getattr(self, f"ex_{semantics}") is not None:
                study.set_user_attr(f"{name}_ex_{semantics}", getattr(self, f"ex_{semantics}"))
        study.set_user_attr(f"{name}_by_difficulty", self.by_difficulty)
        if self.seconds is not None:
            study.set_user_attr(f"{name}_seconds", self.seconds)

    @classmethod
    def read(cls, attrs: dict, name: str) -> SplitFigures | None:
        if f"{name}_ex" not in attrs:
            return None
        return cls(attrs[f"{name}_ex"], attrs.get(f"{name}_by_difficulty", {}), attrs.get(f"{name}_ex_strict"),
                   attrs.get(f"{name}_ex_official"), attrs.get(f"{name}_seconds"))


@dataclass(frozen=True)
class Baseline:
    """The base model on validation and test, evaluated once per study."""

    validation: SplitFigures
    test: SplitFigures | None
    version: int = VERSION
    test_candidates: int | None = None
    """Hypotheses per question the test split was decoded with (``baseline_test_candidates``); None: not recorded,
    by a study from before it was."""


def write_baseline(study, baseline: Baseline) -> None:
    baseline.validation.write(study, "baseline_validation")
    if baseline.test is not None:
        baseline.test.write(study, "baseline_test")
    if baseline.test_candidates is not None:
        study.set_user_attr("baseline_test_candidates", baseline.test_candidates)
    study.set_user_attr("baseline_version", baseline.version)


def read_baseline(study) -> Baseline | None:
    """None when the study has no baseline yet."""
    attrs = study.user_attrs
    validation = SplitFigures.read(attrs, "baseline_validation")
    if validation is None:
        return None
    return Baseline(validation, SplitFigures.read(attrs, "baseline_test"), attrs.get("baseline_version", 1),
                    attrs.get("baseline_test_candidates"))


@dataclass(frozen=True)
class FinalSettings:
    """What regenerating the final phase's test predictions needs (search/regenerate.py): the same data, model,
    adapter, weights, batches and decoding. Fields a study from before them lacks get the value those studies ran
    with."""

    model: str | None = None
    load_in_4bit: bool = True
    compute_dtype: str | None = None
    test: str | None = None
    databases: str | None = None
    test_cap: int | None = None
    batch_size: int | None = None
    max_new_tokens: int | None = None
    candidates: int | None = None
    """None: not recorded, by a study from before execution-guided decoding (which decoded greedily)."""
    weights: str = "adapter"
    sample_rows: int | None = None
    adapter: str | None = None
    predictions_db: str | None = None
    cache_dir: str | None = None
    semantics: str = "strict"
    version: int = VERSION


@dataclass(frozen=True)
class Thresholds:
    """What tests/test_best_model.py asks of the study unless told otherwise (search/config.py: THRESHOLDS)."""

    profile: str
    min_gain: float
    min_ex: float
    max_p: float | None = None
    """The largest one-sided sign-test p-value of "the best adapter beats the base model on test"; None: no test
    (the CPU budget, and studies recorded before it was asked)."""


@dataclass(frozen=True)
class Final:
    """The final phase: the best trial's adapter on test. Its version is that of ``settings``."""

    trial: int
    test: SplitFigures | None
    settings: FinalSettings
    thresholds: Thresholds | None = None


def write_final(study, final: Final) -> None:
    study.set_user_attr("final_trial", final.trial)
    study.set_user_attr("final_settings", asdict(final.settings))
    if final.thresholds is not None:
        recorded = asdict(final.thresholds)
        if recorded["max_p"] is None:  # as studies recorded before the sign test: the same keys write back
            del recorded["max_p"]
        study.set_user_attr("validation_thresholds", recorded)
    if final.test is not None:
        final.test.write(study, "best_test")


def read_final(study) -> Final | None:
    """None when no final phase has run on the study."""
    attrs = study.user_attrs
    if "final_trial" not in attrs:
        return None
    return Final(attrs["final_trial"], SplitFigures.read(attrs, "best_test"), read_final_settings(study),
                 read_thresholds(study))


def read_final_settings(study) -> FinalSettings:
    """The recorded settings; all defaults where the study has none."""
    return FinalSettings(**_known(FinalSettings, study.user_attrs.get("final_settings", {})))


def read_thresholds(study) -> Thresholds | None:
    recorded = study.user_attrs.get("validation_thresholds")
    return Thresholds(**_known(Thresholds, recorded)) if recorded else None


@dataclass(frozen=True)
class TrialRecord:
    """What one trial records. The first group is set as it runs, the second once it has a result
    (search/objective.py), the third when it ends without one; every field is unset (None, empty) where the trial
    did not get that far."""

    worker: str | None = None
    epoch_ex: list[float] = field(default_factory=list)
    epoch_validation_loss: list[float] | None = None
    validation_loss_seconds: float | None = None

    train_loss: float | None = None
    epoch_train_loss: list[float] | None = None
    train_seconds: float | None = None
    eval_seconds: float | None = None
    total_seconds: float | None = None
    tokens_per_second: float | None = None
    peak_memory_mb: float | None = None
    epochs_done: int | None = None
    kept_epoch: int | None = None
    artifact_dir: str | None = None
    by_difficulty: dict[str, float] | None = None

    failure: str | None = None
    surplus: bool = False
    version: int = VERSION


RESULT_FIELDS = ("train_loss", "epoch_train_loss", "train_seconds", "eval_seconds", "total_seconds",
                 "tokens_per_second", "peak_memory_mb", "epochs_done", "kept_epoch", "artifact_dir", "by_difficulty")


def read_trial(trial) -> TrialRecord:
    """``trial`` (live or frozen) as a record."""
    attrs = trial.user_attrs
    return TrialRecord(**_known(TrialRecord, {**attrs, "version": attrs.get("record_version", 1)}))


def write_result(trial, record: TrialRecord) -> None:
    """The result fields of ``record`` and its version."""
    for name in RESULT_FIELDS:
        trial.set_user_attr(name, getattr(record, name))
    trial.set_user_attr("record_version", record.version)


def write_epochs(trial, epoch_ex: list[float], losses: list[float] | None = None,
                 loss_seconds: float | None = None) -> None:
    """The per-epoch figures so far (the dashboard shows them while the trial runs)."""
    if losses is not None:
        trial.set_user_attr("epoch_validation_loss", losses)
        trial.set_user_attr("validation_loss_seconds", loss_seconds)
    if epoch_ex:
        trial.set_user_attr("epoch_ex", epoch_ex)


def write_worker(trial, worker: str) -> None:
    trial.set_user_attr("worker", worker)


def write_failure(trial, reason: str) -> None:
    trial.set_user_attr("failure", reason)


def write_surplus(trial) -> None:
    trial.set_user_attr("surplus", True)
