"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard."""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import Person, identifying_entities, public_figure
from vitrine.compliance.model import PUBLIC_CHANNELS
from vitrine.compliance.registry import Rule

# Her own procedure or operated body told in a review reply: the reviewer's first name then publishes
# who had it (« Merci Amandine ! Pour l'asymétrie de votre sein gauche… »).
_HER_CARE = regex_cache.compile(
    r"\b(?:votre|vos|ta|ton|tes)\s+(?!(?:avis|message|retour|commentaire|note|interet|question|demande|curiosite)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:(?:pour |de |apres |depuis )(?:la |le |l'|votre |ta |ton )?)?"
    r"(?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*"
    r"|blepharo\w*|lifting|lipofilling|implants?|protheses?|greffe|bbl|augmentation mammaire"
    r"|reduction mammaire|seins?|nez|poitrine|ventre|paupieres?|levres|cicatrices?|operation|intervention"
    r"|oeil|yeux|lasik|jambes|infiltrations?"
    # dental, eye and skin care told as hers: « votre dernier détartrage », « votre cataracte »
    r"|detartrage|blanchiment|couronnes?|bridge|extraction|devitalisation|cataracte|peeling|botox"
    # « vos 3 200 greffons », « votre première séance de cryolipolyse »
    r"|greffons|seances? (?:de |d')\w+|cryo\w*"
    # weight-loss surgery and injections: « -32 kg depuis votre sleeve », « votre injection de toxine »
    r"|sleeve|bypass|anneau gastrique|injections?|toxine|gynecomastie|diastasis|cesarienne"
    # other specialties' care and the joints they treat: « votre hernie inguinale », « votre traitement
    # orthodontique », « votre genou après l'arthroscopie »
    r"|hernie\w*|traitement (?:orthodontique|d'orthodontie|par aligneurs)|aligneurs|genou|epaule|hanche"
    r"|canal carpien|arthroscopie|varices)\b"
    # … or the act she had told to her: « vous avez bénéficié d'une greffe de cheveux »
    r"|(?<!\bsi )\bvous avez (?:beneficie|subi) (?:d'une?|une?) (?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*"
    r"|rhino\w*|abdo\w*|blepharo\w*|lifting|lipofilling|greffe|augmentation|reduction|pose|intervention|operation)\b"
    # … or told without a possessive: « 38 kilos perdus depuis la sleeve », « à un mois d'une lipo »
    r"|\b(?:depuis|apres) (?:votre|ta) (?:sleeve|bypass|anneau gastrique)\b"
    r"|\b(?:vos|tes) \d+ (?:kg|kilos) perdus\b"
    # … or her pain where her care was (« pour vos douleurs au niveau des prothèses »), her visit for a
    # procedure (« vous êtes venu le 3 février pour une consultation de greffe »), her graft that took,
    # her next follow-up photo (« on se voit en mars pour la photo à un an »)
    r"|\b(?:vos|votre|tes|ta|ton) (?:douleurs?|gene|tiraillements?|gonflements?|hematomes?|oedemes?)"
    r" (?:au niveau|autour|a cote) (?:des?|du|de la|de l') ?(?:protheses?|implants?|seins?|nez|ventre"
    r"|cicatrices?|greffons?|paupieres?)\b"
    r"|\bvous etes venue?s? (?:le \d+[^.!?\n]{0,20}?)?(?:pour|en) (?:une? |votre )?"
    r"(?:consultation|intervention|operation|rendez-vous|rdv|seance)\b"
    r"|\b(?:la|le|les|l') ?(?:greffe|rhino\w*|lipo\w*|\w+plastie|prothese|implants?|lifting) (?:a|ait|aient"
    r"|ont) bien (?:pris|cicatrise|tenu|evolue)\b"
    r"|\bon se (?:voit|revoit)\b[^.!?\n]{0,30}?\bpour (?:la|le|ta|votre|ton)"
    r" (?:photo|controle|bilan|visite)\b"
    r"|\ba (?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix) (?:jours?|semaines?|mois)"
    r" (?:d'une?|de la|du|de l') ?(?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*|blepharo\w*"
    r"|lifting|lipofilling|sleeve|bypass)\b(?=[^.!?\n]{0,60}\b(?:vous|votre|vos)\b)"
    # … or her visit's details: « vous avez signé le devis de 4 200 € », « lors de votre rendez-vous du
    # 3 mai », « votre règlement de 3 200 € », « vous avez été revue deux fois en contrôle »
    r"|\bvous avez (?:signe|regle|paye) (?:le|votre|un) (?:devis|reglement|acompte)\b"
    r"|\bvotre (?:rendez-vous|rdv|consultation) du \d|\bvotre reglement de \d"
    r"|(?<!\bsi )\bvous avez ete (?:revue?|operee?|suivie?|recue?)\b(?! ailleurs| par (?:un|une) autre)"
    # … or the care we gave her: « Mme X, nous vous avons opérée le 12 mars »
    r"|\b(?:nous|je|on) vous (?:avons|ai|a|avions|avait) (?:operee?|injectee?|greffee?)\b"
)
# A named procedure or treatment told as the addressee's own, on a public channel: « Marc, tu demandes si
# tu peux reprendre la muscu à J+10 de ta greffe de cheveux » publishes who had it (a symptom or a body
# part she describes herself, « ta cicatrice qui gonfle », does not: corpus README).
NAMED_PROCEDURE = regex_cache.compile(
    # (between the possessive and the act only a count or an order: « tes 3 000 greffons », « ta deuxième
    # rhinoplastie »; « ton ménisque rapidement, à ton âge la méniscectomie » proposes an act, not hers)
    r"\b(?:votre|vos|ta|ton|tes)\s+"
    r"(?:(?:\d[\d ]*|premiere?|deuxieme|seconde?|troisieme|derniere?|nouvel(?:le)?|nouveau|petite?)\s+){0,2}?"
    r"(?:cicatrices? (?:de |d'))?"
    r"(?:cesarienne|\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdominoplastie|blepharo\w*|lifting|lipofilling"
    r"|implants?|protheses?|greffe\w*|greffons|bbl|botox|augmentation mammaire|reduction mammaire|peeling"
    r"|cryo\w*|lasik|couronnes?|seances? (?:de |d')\w+|injections?|plastie\w*|gynecomastie|sleeve|bypass"
    r"|anneau gastrique)\b"
    # … or the delay since it, said to her: « t'es à J5 d'une rhinoplastie »
    r"|\b(?:t'es|tu es|vous etes) (?:a )?(?:j\+?\d{1,3}|\d+ (?:jours?|semaines?|mois))"
    r" (?:d'une?|de ta|de ton|de votre) (?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*"
    r"|blepharo\w*|lifting|lipofilling|sleeve|bypass|greffe)\b"
)

# A person's own handle beside her procedure told as hers: « Ravi que ton lipofilling te plaise
# @julie.glow », « Repost @lea.ma.vie : « merci pour mon nouveau nez » ».
# (Bluesky handles carry hyphens: « @anais-m.bsky.social »)
_HANDLE = regex_cache.compile(r"(?<![\w.])@([a-z0-9_][\w.-]*[a-z0-9_])")
# (a body part or a scar she describes, « ta cicatrice qui tire », is no procedure: corpus README, the
# handle line; in dev, reading them so took 7 false alarms away and 2 right findings)
_YOUR_CARE = regex_cache.compile(
    r"\b(?:votre|vos|ta|ton|tes)\s+(?:nouveaux?\s+|nouvelles?\s+)?(?:\w+plastie|\w+ectomie|\w+pexie"
    r"|lipo\w*|rhino\w*|abdo\w*|blepharo\w*|lifting|lipofilling|implants?|protheses?|greffe|bbl|botox"
    r"|augmentation mammaire|reduction mammaire|operation|intervention"
    r"|plastie\w*)\b"
    # a new body part is a procedure told (« ta nouvelle poitrine te va à merveille »)
    r"|\b(?:votre|vos|ta|ton|tes)\s+(?:nouveaux?|nouvelles?)\s+(?:poitrine|seins|nez|ventre|levres|paupieres"
    r"|silhouette|regard|sourire|fessiers?)\b"
)
# … or told of her in the third person: « @chloe qui vous raconte son augmentation mammaire », « accueillir
# @manon au cabinet pour ses injections », « @mel qui demande… après sa plastie abdo »
# (a named procedure or treatment only: « son nez, six mois après » names a body part)
_THEIR_CARE = regex_cache.compile(
    NAMED_PROCEDURE.pattern.replace("votre|vos|ta|ton|tes", "sa|son|ses")
    .replace("|seances? (?:de |d')\\w+", "")
    .replace("|injections?|", "|injections?|cure (?:de |d')\\w+|abdo\\b|")
)
# her own words about it, in a post of hers shared by the practice: « Repost @lea : « mon nouveau nez » »
# (« 1 mois post augmentation mammaire » is hers too)
_MY_CARE = regex_cache.compile(
    _YOUR_CARE.pattern.replace(
        "votre|vos|ta|ton|tes", r"mon|ma|mes|\d+ (?:jours?|semaines?|mois) post"
    ).replace("|operation|", "|seins|nez|poitrine|ventre|operation|")
)
# her new body part given with her handle (« Nouveau nez pour @lea ! »), or her body part shown after the
# operation (« le nez de @cam 3 semaines post-op »)
_BODY = r"(?:nez|poitrine|seins|ventre|levres|paupieres|silhouette|regard|sourire|fessiers?)"
_NEW_BODY_BEFORE = regex_cache.compile(
    rf"\b(?:nouveaux?|nouvelles?) {_BODY} (?:de|d'|pour) ?$|\b(?:le|la|les) {_BODY} (?:de|d') ?$"
)
_POST_OP_AFTER = regex_cache.compile(
    # (matched at the handle's end: ``match(text, pos)`` anchors there, « ^ » would not)
    r"\W{0,4}(?:\w+\W+){0,2}?(?:post-?op|j\s?\+\s?\d|\d+ (?:jours?|semaines?|mois) (?:apres|post))"
)
_SHARED_BEFORE = regex_cache.compile(
    r"\b(?:repost\w*|regram\w*|partagee? de|story de|reposte\w*|repartag\w*"
    r"|repartag\w* [^@\n]{0,30}(?:message|post|story|publication|video) de)\W*$"
)
# The person the text answers (« @julie vu ta photo… », « réponse à @lou : »): an addressee, like
# « Bonjour Karine, », not data published about her.
_ADDRESSED_BEFORE = regex_cache.compile(
    r"(?:^|\n)[^\w@\n]*$|\b(?:reponse|repondre|reponds|question|dm|mp|message|commentaire|replique)\b[^@\n]{0,25}$"
)
# A practitioner's, practice's or brand's account is no patient's data.
_PRO_HANDLE = regex_cache.compile(
    r"^(?:dr|dre|doc|docteur|pr|prof|cabinet|clinique|centre|chir|hopital|chu|ordre|cnom|sofcpre)"
    r"|(?:^|[._])(?:dr|chir|chirurgien\w*|clinique|cabinet|officiel|official|france|lab|labo|shop"
    r"|store|skin|care|beauty|pharma|medical|sante)(?:[._]|$)"
)
_BRAND_BEFORE = regex_cache.compile(
    r"(?:collab\w*|partenariat|partenaire|sponsori\w*|offerte? par|de chez|marque|code|boutique|produits?"
    r"|(?:commerciale?|remuneree?))(?:\s+(?:avec|de|par))?\W*$"
)
_WHO_ASKS = regex_cache.compile(r"\s*,?\s*qui\b")
# (a handle opening the post, told of in the third person, is no one answered: « @lea est revenue pour son
# contrôle à 1 an de sa rhinoplastie »)
_TOLD_OF = regex_cache.compile(
    r"\s*(?:est|etait|a|avait|nous a|vous montre|nous montre|montre|revient|fete|a fete)\b"
)
# the procedure we did for her, after her handle: « Duo avec @x qui montre sa poitrine un an après notre
# augmentation »
_OUR_CARE_FOR_HER = regex_cache.compile(
    r"\b(?:apres|depuis) (?:notre|nos) (?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*|blepharo\w*"
    r"|lifting|lipofilling|augmentation|reduction|greffe|sleeve|bypass|bbl|intervention|operation)\b"
)
_COLLEAGUE_AFTER = regex_cache.compile(
    r"\s*,?\s*(?:notre|nos|nouvel(?:le)?|nouveau|interne|infirmi\w+|kine\w*|associee?|assistante?|collegue)\b"
)
# (« Merci @x ! Pour toutes celles qui nous écrivent : … » turns to every reader)
_TO_EVERYONE = regex_cache.compile(r"\s*(?:pour (?:toutes|tous)|mesdames|pour nos lect)")
_SENTENCE_END = regex_cache.compile(r"[.!?](?=\s)|\n")


def _handles(context: Context, rule: Rule) -> list[Candidate]:
    folded = context.folded.text
    if "@" not in folded:
        return []
    found = []
    for match in _HANDLE.finditer(folded):
        window = max(0, match.start() - 40)
        if _PRO_HANDLE.search(match.group(1)) or _BRAND_BEFORE.search(folded, window, match.start()):
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(folded, max(0, match.start() - 160), match.start())]
        low = ends[-1] if ends else max(0, match.start() - 160)
        stop = _SENTENCE_END.search(folded, match.end())
        high = min(stop.start() if stop else len(folded), match.end() + 160)
        shared = _SHARED_BEFORE.search(folded, max(0, match.start() - 80), match.start())
        # (« on repartage le message de @x » shares her post: no one answered)
        addressed = not shared and _ADDRESSED_BEFORE.search(folded, window, match.start())
        # (a greeting alone, « Coucou @x ! », then her care told in the next sentence)
        if (
            len(folded[match.end() : high].split()) < 2
            and high < len(folded)
            and not _TO_EVERYONE.match(folded, high + 1)
        ):
            after = _SENTENCE_END.search(folded, high + 1)
            high = min(after.start() if after else len(folded), high + 200)
        if addressed:
            # the handle answered is data only with a procedure told as hers, in public
            # (« réponse à @mel qui demande… après sa plastie abdo » tells hers in the third person)
            told_of = _WHO_ASKS.match(folded, match.end()) or _TOLD_OF.match(folded, match.end())
            asker = told_of and (
                _THEIR_CARE.search(folded, match.end(), high)
                or _OUR_CARE_FOR_HER.search(folded, match.end(), high)
            )
            if context.channel in PUBLIC_CHANNELS and (NAMED_PROCEDURE.search(folded, low, high) or asker):
                found.append(Candidate(rule.id, *context.plain_span(match.start(), match.end())))
            continue
        # (a colleague or a member of staff doing the act: « @julie.interne pour sa première rhinoplastie
        # en tant qu'opératrice », « @anne.ide, notre nouvelle infirmière »)
        colleague = _COLLEAGUE_AFTER.match(folded, match.end()) or "en tant qu" in folded[low:high]
        before = folded[max(0, match.start() - 40) : match.start()]
        new_body = _NEW_BODY_BEFORE.search(before)
        if (
            _YOUR_CARE.search(folded, low, high)
            or (
                new_body
                and (new_body.group().startswith("nouv") or _POST_OP_AFTER.match(folded, match.end()))
            )
            or (not colleague and _THEIR_CARE.search(folded, match.end(), high))
            or (not colleague and _OUR_CARE_FOR_HER.search(folded, match.end(), high))
            or (shared and _MY_CARE.search(folded, match.end(), high))
        ):
            found.append(Candidate(rule.id, *context.plain_span(match.start(), match.end())))
    return found


# The reviewer greeted at the head of a reply (« Madame Lemaire, … », « Merci Mme Girard pour… »)
_REPLY_OPENING = regex_cache.compile(
    r"(?i)(?:^|\n)[^\w\n]*(?:(?:un grand |mille )?(?:merci|bonjour|bonsoir|chere?|hello)\s+)?"
    r"(?:(?:madame|monsieur|mme|mlle|m\.)\s*)?$"
)


def _reported(person: Person, context: Context) -> bool:
    if person.civility_only or person.initials or public_figure(context, person):
        return False
    greeted_reviewer = context.channel == "avis-reponse" and bool(
        _REPLY_OPENING.search(context.plain.text[max(0, person.start - 40) : person.start])
    )
    if person.addressee or greeted_reviewer:
        if person.type != "PERSON":
            return False
        if context.channel == "avis-reponse":
            return bool(_HER_CARE.search(context.folded.text))
        return context.channel in PUBLIC_CHANNELS and bool(NAMED_PROCEDURE.search(context.folded.text))
    return True


def find(context: Context, rule: Rule) -> list[Candidate]:
    """One candidate per identifying entity, except practitioners, the practice's own contacts, a
    civility without a name (« Chère Madame »), the person greeted or signing (« Bonjour Karine, »)
    unless a review reply tells her own procedure, and a civility with an initial (« Mme T. »)."""
    return [
        Candidate(rule.id, p.start, p.end) for p in identifying_entities(context) if _reported(p, context)
    ] + _handles(context, rule)
