"""cse-assess: how ready is an institution to live its Customer Service Standard?

The public API. Load a question bank and an assessment, score it, and read the result::

    import cse_assess

    bank = cse_assess.load_questionnaire("readiness")
    assessment = cse_assess.load_assessment("assessment.json")
    result = cse_assess.score(bank, assessment)
    print(result.overall, result.verified, result.band.id if result.band else None)

The engine (:func:`score`, :func:`parse_questionnaire`, :func:`parse_assessment`) is pure and
imports no terminal code; :func:`load_questionnaire`, :func:`load_assessment` and
:func:`save_assessment` are the thin layer that touches files.
"""

from cse_assess._version import __version__

TYPE_CHECKING = False  # not imported from typing, which alone costs ~10 ms at start-up
if TYPE_CHECKING:
    from cse_assess.assessment import (
        Validation,
        dump_assessment,
        parse_assessment,
        parse_targets,
        validate_assessment,
    )
    from cse_assess.bank import parse_questionnaire
    from cse_assess.conditions import AllOf, AnyOf, Compare, Condition, Not, hidden
    from cse_assess.errors import (
        AssessmentError,
        ContentError,
        CseAssessError,
        CseAssessWarning,
        MessageError,
        NotFoundError,
        OutputError,
        Problem,
        QuestionnaireError,
    )
    from cse_assess.model import (
        Answer,
        Area,
        Assessment,
        Band,
        ChecklistItem,
        ChecklistQuestion,
        Context,
        NumberQuestion,
        Option,
        Question,
        Questionnaire,
        Refs,
        Scale,
        ScaleQuestion,
        Text,
        YesNoQuestion,
        localize,
    )
    from cse_assess.scoring import (
        AreaResult,
        Gap,
        QuestionResult,
        Result,
        TraceStep,
        band_for,
        explain,
        score,
    )
    from cse_assess.store import (
        Loaded,
        bundled_ids,
        example_path,
        load_assessment,
        load_questionnaire,
        load_targets,
        read_assessment,
        save_assessment,
    )

# The names below are imported on first use, so that ``cse-assess --help`` and tools that only
# need one module do not pay for the whole engine (attrs and PyYAML) at start-up.
_LAZY = {
    "AllOf": "cse_assess.conditions",
    "Answer": "cse_assess.model",
    "AnyOf": "cse_assess.conditions",
    "Area": "cse_assess.model",
    "AreaResult": "cse_assess.scoring",
    "Assessment": "cse_assess.model",
    "AssessmentError": "cse_assess.errors",
    "Band": "cse_assess.model",
    "ChecklistItem": "cse_assess.model",
    "ChecklistQuestion": "cse_assess.model",
    "Compare": "cse_assess.conditions",
    "Condition": "cse_assess.conditions",
    "ContentError": "cse_assess.errors",
    "Context": "cse_assess.model",
    "CseAssessError": "cse_assess.errors",
    "CseAssessWarning": "cse_assess.errors",
    "Gap": "cse_assess.scoring",
    "Loaded": "cse_assess.store",
    "MessageError": "cse_assess.errors",
    "Not": "cse_assess.conditions",
    "NotFoundError": "cse_assess.errors",
    "NumberQuestion": "cse_assess.model",
    "Option": "cse_assess.model",
    "OutputError": "cse_assess.errors",
    "Problem": "cse_assess.errors",
    "Question": "cse_assess.model",
    "QuestionResult": "cse_assess.scoring",
    "Questionnaire": "cse_assess.model",
    "QuestionnaireError": "cse_assess.errors",
    "Refs": "cse_assess.model",
    "Result": "cse_assess.scoring",
    "Scale": "cse_assess.model",
    "ScaleQuestion": "cse_assess.model",
    "Text": "cse_assess.model",
    "TraceStep": "cse_assess.scoring",
    "Validation": "cse_assess.assessment",
    "YesNoQuestion": "cse_assess.model",
    "band_for": "cse_assess.scoring",
    "bundled_ids": "cse_assess.store",
    "dump_assessment": "cse_assess.assessment",
    "example_path": "cse_assess.store",
    "explain": "cse_assess.scoring",
    "hidden": "cse_assess.conditions",
    "load_assessment": "cse_assess.store",
    "load_questionnaire": "cse_assess.store",
    "load_targets": "cse_assess.store",
    "localize": "cse_assess.model",
    "parse_assessment": "cse_assess.assessment",
    "parse_questionnaire": "cse_assess.bank",
    "parse_targets": "cse_assess.assessment",
    "read_assessment": "cse_assess.store",
    "save_assessment": "cse_assess.store",
    "score": "cse_assess.scoring",
    "validate_assessment": "cse_assess.assessment",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cse_assess' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AllOf",
    "Answer",
    "AnyOf",
    "Area",
    "AreaResult",
    "Assessment",
    "AssessmentError",
    "Band",
    "ChecklistItem",
    "ChecklistQuestion",
    "Compare",
    "Condition",
    "ContentError",
    "Context",
    "CseAssessError",
    "CseAssessWarning",
    "Gap",
    "Loaded",
    "MessageError",
    "Not",
    "NotFoundError",
    "NumberQuestion",
    "Option",
    "OutputError",
    "Problem",
    "Question",
    "QuestionResult",
    "Questionnaire",
    "QuestionnaireError",
    "Refs",
    "Result",
    "Scale",
    "ScaleQuestion",
    "Text",
    "TraceStep",
    "Validation",
    "YesNoQuestion",
    "__version__",
    "band_for",
    "bundled_ids",
    "dump_assessment",
    "example_path",
    "explain",
    "hidden",
    "load_assessment",
    "load_questionnaire",
    "load_targets",
    "localize",
    "parse_assessment",
    "parse_questionnaire",
    "parse_targets",
    "read_assessment",
    "save_assessment",
    "score",
    "validate_assessment",
]
