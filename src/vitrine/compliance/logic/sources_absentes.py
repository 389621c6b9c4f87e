"""``sources-absentes``: long-form health information with neither a date nor sources."""

from __future__ import annotations

import re

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string

MIN_WORDS = 80  # below this, a text is a short post dated by its platform
MIN_CHARACTERS = 700  # the long form the rule is about (regles.md: « contenu long »)
MIN_HEALTH_TERMS = 5  # distinct health words that make a text « health information »
MIN_CARE_TERMS = 3  # of them, distinct words naming conditions, acts or care rather than the people giving it
MIN_PRACTICAL_TERMS = 3  # distinct practical words that make it a page about access, fees or legal notice

_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_DATE = regex_cache.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    rf"|\b(?:\d{{1,2}}(?:er)?\s+)?{_MONTHS}\s+(?:19|20)\d{{2}}\b"
    r"|\b(?:redige|publie|mis a jour|mise a jour|actualise|revu|ecrit|date)\w*\s+(?:le|en|:)?\s*(?:\d|"
    + _MONTHS
    + ")"
)
_SOURCES = regex_cache.compile(
    # (a link is no source: « [Prendre rendez-vous](https://…) », an affiliate link; in dev and the read
    # batches, 4 of the 5 long health texts whose only « source » was a link are labelled undated and
    # unsourced)
    r"\b(?:sources?\s?:|references?\s?:|references bibliographiques|bibliographie|doi\b|pubmed"
    # (an institution's or a journal's page is: « https://www.ncbi.nlm.nih.gov/pmc/… », « ameli.fr »)
    r"|(?:ncbi|nih\.gov|ameli\.fr|ansm|who\.int|inserm\.fr|cochrane|sante\.gouv|e-cancer|vidal\.fr"
    r"|santepubliquefrance|sfar\.org|sofcpre)"
    r"|has-sante|et al\b|selon (?:la|le|les|une|l') ?"
    r"(?:has|haute autorite|etude|societe|recommandations?|ansm|inserm|oms)"
    r"|\([a-z][\w-]+(?: et al\.?)?,? (?:19|20)\d{2}\))"
)
_HEALTH = regex_cache.compile(
    r"\b(?:intervention|chirurgi\w+|operatoire\w*|anesthesi\w+|cicatri\w+|complications?|risques?"
    r"|traitements?"
    r"|patient\w*|medic\w+|sante|douleurs?|oedemes?|hematomes?|infections?|maladies?|symptomes?|diagnostic\w*"
    r"|injections?|implants?|protheses?|rhinoplastie|lifting|liposuccion|lipoaspiration|abdominoplastie"
    r"|blepharoplastie|augmentation mammaire|reduction mammaire|cicatrisation|tabac|ecchymoses?|suites"
    # clinical vocabulary of any specialty: examinations, lesions, prescriptions, recovery
    r"|examens?|bilan \w*operatoire|\w*operatoires?|contre-indiqu\w+|prescri\w+|collyres?|cremes?"
    r"|lesions?|tumeurs?|cancers?|inflammat\w+|irritations?|saignements?|gonflements?|recidiv\w+"
    r"|guerison|recuperation|convalescence|lasers?|myopie|cornee\w*|cataracte|paupieres?|greffe\w*"
    r"|dermato\w*|pathologie\w*|hormon\w+|grossesse|prevention|depistage|protection solaire"
    # aesthetic medicine: products, signs of ageing, alternative techniques
    r"|toxines?|botulique|acide hyaluronique|collagene|rides|rajeuniss\w+|vieillissement|acupuncture"
    r"|peelings?|mesotherapie|exosomes?"
    # skin and scars: the words of a dermatology or scar-care explainer
    r"|cheloides?|hypertroph\w+|vergetures?|acne|eczema|psoriasis|rosacee|taches? pigmentaires?"
    r"|hyperpigmentation"
    r"|melanome|grains? de beaute|cicatrices?|inflammatoires?|maturation|peau|prise en charge"
    # body contouring, dentistry, side effects: the words of a fat-reduction, lipofilling or dental page
    r"|cellulite|graisse\w*|adipocytes?|lipofilling|embolie\w*|effets? (?:secondaires|indesirables)"
    r"|microcirculation|sous-cutane\w*|dents?|dentaires?|email|facettes?|caries?|gencives?|orthodont\w*"
    r"|devitalis\w*|blanchiment"
    # bariatric and digestive surgery: the words of an obesity-surgery explainer
    r"|estomac|intestin\w*|reflux|diabete|carences?|obesite|bariatrique|gastr\w+|bypass|sleeve"
    r"|perte de poids|supplementation|dietetique|nutrition\w*"
    # hair, ear-nose-throat, veins and children's health: the words of explainers in other specialties
    r"|cheveux|cuir chevelu|alopecie|calvitie|follicules?|repousse|plaies?|otites?|tympans?|audition"
    r"|surdite|rhumes?|vegetations|amygdal\w+|sinusites?|nourrissons?|varices|veines?|veineu\w+"
    r"|osteopathie|kinesitherapie|vaccin\w*"
    # breast, body-contouring and regenerative explainers: « ptose », « mastopexie », « sédation »,
    # « ultrasons », « cellules », « rougeurs »
    # (not « seins », « poitrine », « allaitement »: an about-us page names them too)
    r"|ptose|mastopexie|ultrasons|sedation|compression|cellules?|bourrelets|rougeurs?|pores|regenerat\w+)\b"
)
# The people of care: a text that names surgeons, anaesthetists and patients but hardly any condition,
# act or care (« dix ans d'installation : ce que j'ai appris ») speaks of the practice, not of health.
_CARERS = regex_cache.compile(
    r"(?:chirurgien\w*|anesthesistes?|patient\w*|medecins?|medicale?s?|medicaux|infirmi\w+|dermatologues?)"
)
# Practical and legal pages (access, opening hours, fees, legal notice) are not health information.
_PRACTICAL = regex_cache.compile(
    r"\b(?:parking|tram|metro|bus|ascenseur|etage|secretariat|horaires?|honoraires|carte vitale|devis"
    r"|piece d'identite|mentions legales|hebergeu\w+|siret|rpps|conventionne\w*|secteur [12]|tiers payant"
    r"|du lundi au (?:vendredi|samedi)|acces (?:handicape|pmr|au cabinet)"
    # a fee schedule: « Nos tarifs », « acompte », « modes de paiement »
    r"|tarifs?|acomptes?|modes? de (?:paiement|reglement)|carte bancaire|virement"
    r"|pris en charge par l'assurance maladie)\b"
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Report once, on the first line, when a long health text is undated and unsourced."""
    folded = context.folded.text
    if len(folded.split()) < MIN_WORDS or len(context.original) < MIN_CHARACTERS:
        return []
    health = {m.group() for m in _HEALTH.finditer(folded)}
    if len(health) < MIN_HEALTH_TERMS or sum(not _CARERS.fullmatch(w) for w in health) < MIN_CARE_TERMS:
        return []
    if len({m.group() for m in _PRACTICAL.finditer(folded)}) >= MIN_PRACTICAL_TERMS:
        return []
    original = fold_string(context.original)
    if _DATE.search(folded) or _SOURCES.search(folded) or _SOURCES.search(original):
        return []
    text = context.plain.text
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return []
    end = min(first.end(), first.start() + 120)
    while end > first.start() and text[end - 1].isspace():
        end -= 1
    return [Candidate(rule.id, first.start(), end)]
