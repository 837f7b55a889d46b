"""language — which language an article is in, when the input does not say.

py3langid (a maintained port of langid.py) costs under a millisecond per article and a few MB, where lingua's full
model costs over a gigabyte. Only the article's own text is classified: page furniture is often in another language
than the article ("Access to the comments" on a French page).
"""

from __future__ import annotations

from eventwire.errors import Reject
from eventwire.knowledge import supported_languages
from eventwire.model import NON_CONTENT_ZONES, Doc

#: Below this many letters the classifier is a guess; such a text is still classified but the guess is not trusted
#: to refuse a document.
_MIN_LETTERS = 40


class LanguageStage:
    """Sets ``doc.lang`` from the article, or from py3langid over the article's content zones."""

    name = "language"
    requires = ("zones",)
    assigns = ("lang",)

    def __init__(self, languages: tuple[str, ...] | None = None) -> None:
        self.languages = languages
        self._identifier = None

    def __getstate__(self) -> dict:
        return {"languages": self.languages}  # the 70 MB model is reloaded in each worker, never pickled

    def __setstate__(self, state: dict) -> None:
        self.languages = state["languages"]
        self._identifier = None

    @property
    def supported(self) -> tuple[str, ...]:
        return self.languages or supported_languages()

    def _classify(self, text: str) -> tuple[str, float]:
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        code, probability = self._identifier.classify(text)
        return str(code), float(probability)

    def __call__(self, doc: Doc) -> Doc:
        given = doc.article.lang or doc.lang
        if given:
            code = given.strip().lower().replace("_", "-").split("-")[0]
            if code not in self.supported:
                raise Reject(
                    "unsupported-language",
                    f"the input says the article is in '{given}', which eventwire does not support yet "
                    f"(supported: {', '.join(self.supported)})",
                )
            doc.lang = code
            return doc
        content = "\n".join(doc.text[z.start : z.end] for z in doc.zones if z.kind not in NON_CONTENT_ZONES)
        if not content.strip():
            raise Reject("no-content", "the article has no text besides page furniture, bylines and credits")
        code, probability = self._classify(content)
        if code not in self.supported:
            letters = sum(ch.isalpha() for ch in content)
            if letters < _MIN_LETTERS:
                code = self._best_supported(content)
            else:
                raise Reject(
                    "unsupported-language",
                    f"the article looks like '{code}' (probability {probability:.2f}); eventwire supports "
                    f"{', '.join(self.supported)} — pass --lang to force one if the guess is wrong",
                )
        doc.lang = code
        return doc

    def _best_supported(self, text: str) -> str:
        """For very short texts: the most likely of the supported languages."""
        self._classify("")  # make sure the model is loaded
        assert self._identifier is not None
        ranked = self._identifier.rank(text)
        for code, _score in ranked:
            if code in self.supported:
                return str(code)
        return self.supported[0]
