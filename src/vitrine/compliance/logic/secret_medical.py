"""``secret-medical`` beyond word lists: a named person tied to care, or a review reply that
confirms the reviewer's care."""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import identifying_entities
from vitrine.compliance.qualifiers import is_hypothetical, is_meta, is_reported
from vitrine.compliance.registry import Rule

_CARE = re.compile(
    r"\b(?:opere\w*|operation\w*|intervention\w*|chirurgi\w+|patiente?s?|reconstruction|lipo\w*|rhino\w*"
    r"|abdomino\w*|blepharo\w*|mammaire\w*|lifting|paupieres?|injecte\w*|injections?|implants?|protheses?"
    r"|greffe\w*|hospitalis\w+|soigne\w*|cicatri\w+|suites|bloc|parcours|augmentation|reduction|bbl|botox"
    r"|otoplastie|nez|seins?|poitrine|traite\w*|consult\w*|suivie?s?|pris\w* en charge|recue?s? (?:au|en|a)"
    r"|greffe|acide hyaluronique|lipofilling)\b"
)
_REPLY_CARE = re.compile(
    r"\b(?:intervention|operation|operee?|chirurgie|consultations?|rendez-vous|rdv|suites|cicatrisation"
    r"|cicatrices?|hematome|oedemes?|douleurs?|soins|traitement|dossier|anesthesie|recue?|suivie?"
    r"|payee?|facture|devis|controle|pansements?|sejour|hospitalisation|implants?|protheses?|lipo\w*"
    r"|rhino\w*|abdomino\w*|blepharo\w*|lifting|injections?|bloc|retouche|reprise|complications?"
    r"|infection|resultat|nez|seins|poitrine|ventre|paupieres|tabagisme|ancien chirurgien|opere[rz]?)\b"
)
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|v')")
_PERSON_TYPES = frozenset({"PERSON"})


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Named people in a text about care; in review replies, sentences about the reviewer's care."""
    folded = context.folded.text
    candidates: list[Candidate] = []
    if _CARE.search(folded):
        for person in identifying_entities(context):
            if person.type in _PERSON_TYPES:
                candidates.append(Candidate(rule.id, person.start, person.end))
    if context.channel == "avis-reponse":
        for match in _REPLY_CARE.finditer(folded):
            start, end = context.plain_span(match.start(), match.end())
            sentence = context.sentence_at(start)
            if sentence is None:
                continue
            text, folded_sentence = context.sentence_texts(sentence)
            if not _SECOND_PERSON.search(folded_sentence):
                continue
            if is_hypothetical(sentence, start) or is_reported(folded_sentence):
                continue
            if is_meta(folded_sentence, text, start, end, sentence.start):
                continue
            candidates.append(Candidate(rule.id, start, end))
            break
    return candidates
