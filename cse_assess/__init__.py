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
    from cse_assess.content.assessment import dump_assessment, parse_assessment, parse_targets
    from cse_assess.content.bank import parse_questionnaire
    from cse_assess.core.conditions import AllOf, AnyOf, Compare, Condition, Not, hidden
    from cse_assess.core.errors import (
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
    from cse_assess.core.explain import TraceStep, explain
    from cse_assess.core.model import (
        Answer,
        Area,
        Assessment,
        Band,
        Context,
        Option,
        Question,
        Questionnaire,
        Refs,
        Scale,
        Text,
        localize,
    )
    from cse_assess.core.scoring import AreaResult, Gap, QuestionResult, Result, band_for, score
    from cse_assess.core.validate import Validation, validate_assessment
    from cse_assess.io.store import (
        Loaded,
        bundled_ids,
        example_path,
        load_assessment,
        load_questionnaire,
        load_targets,
        read_assessment,
        save_assessment,
    )
    from cse_assess.kinds.checklist import ChecklistItem, ChecklistQuestion
    from cse_assess.kinds.number import NumberQuestion
    from cse_assess.kinds.scale import ScaleQuestion
    from cse_assess.kinds.yes_no import YesNoQuestion

# The names below are imported on first use, so that ``cse-assess --help`` and tools that only
# need one module do not pay for the whole engine (attrs and PyYAML) at start-up.
_LAZY = {
    "AllOf": "cse_assess.core.conditions",
    "Answer": "cse_assess.core.model",
    "AnyOf": "cse_assess.core.conditions",
    "Area": "cse_assess.core.model",
    "AreaResult": "cse_assess.core.scoring",
    "Assessment": "cse_assess.core.model",
    "AssessmentError": "cse_assess.core.errors",
    "Band": "cse_assess.core.model",
    "ChecklistItem": "cse_assess.kinds.checklist",
    "ChecklistQuestion": "cse_assess.kinds.checklist",
    "Compare": "cse_assess.core.conditions",
    "Condition": "cse_assess.core.conditions",
    "ContentError": "cse_assess.core.errors",
    "Context": "cse_assess.core.model",
    "CseAssessError": "cse_assess.core.errors",
    "CseAssessWarning": "cse_assess.core.errors",
    "Gap": "cse_assess.core.scoring",
    "Loaded": "cse_assess.io.store",
    "MessageError": "cse_assess.core.errors",
    "Not": "cse_assess.core.conditions",
    "NotFoundError": "cse_assess.core.errors",
    "NumberQuestion": "cse_assess.kinds.number",
    "Option": "cse_assess.core.model",
    "OutputError": "cse_assess.core.errors",
    "Problem": "cse_assess.core.errors",
    "Question": "cse_assess.core.model",
    "QuestionResult": "cse_assess.core.scoring",
    "Questionnaire": "cse_assess.core.model",
    "QuestionnaireError": "cse_assess.core.errors",
    "Refs": "cse_assess.core.model",
    "Result": "cse_assess.core.scoring",
    "Scale": "cse_assess.core.model",
    "ScaleQuestion": "cse_assess.kinds.scale",
    "Text": "cse_assess.core.model",
    "TraceStep": "cse_assess.core.explain",
    "Validation": "cse_assess.core.validate",
    "YesNoQuestion": "cse_assess.kinds.yes_no",
    "band_for": "cse_assess.core.scoring",
    "bundled_ids": "cse_assess.io.store",
    "dump_assessment": "cse_assess.content.assessment",
    "example_path": "cse_assess.io.store",
    "explain": "cse_assess.core.explain",
    "hidden": "cse_assess.core.conditions",
    "load_assessment": "cse_assess.io.store",
    "load_questionnaire": "cse_assess.io.store",
    "load_targets": "cse_assess.io.store",
    "localize": "cse_assess.core.model",
    "parse_assessment": "cse_assess.content.assessment",
    "parse_questionnaire": "cse_assess.content.bank",
    "parse_targets": "cse_assess.content.assessment",
    "read_assessment": "cse_assess.io.store",
    "save_assessment": "cse_assess.io.store",
    "score": "cse_assess.core.scoring",
    "validate_assessment": "cse_assess.core.validate",
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
