"""classify — what the article is about: its main event types, from a linear model over what was found.

The events list keeps every happening the article reports; this stage adds the document-level answer analysts
also ask for ("a story about an arrest", like POLECAT's story classifier), ranked with probabilities. An article in
which the lexicons found no event gets none: the model was trained on political news only and is not asked to
classify sport or science.
"""

from __future__ import annotations

from eventwire.doctypes import doctype_model
from eventwire.model import Doc

#: Besides the most likely type, any other at least this likely is reported too.
SECOND_TYPE_PROBABILITY = 0.5


class ClassifyStage:
    """Sets ``doc.types``: (PLOVER type, probability) pairs, most likely first."""

    name = "classify"
    requires = ("merged",)
    assigns = ("types",)

    def __call__(self, doc: Doc) -> Doc:
        model = doctype_model(doc.lang or "en")
        if model is None or not doc.events:
            doc.types = []
            return doc
        ranked = model.predict(doc)
        doc.types = [ranked[0]] + [(kind, p) for kind, p in ranked[1:] if p >= SECOND_TYPE_PROBABILITY]
        return doc
