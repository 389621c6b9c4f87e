"""``temoignage`` as constructions: patients' words, thanks, reviews or ratings used by the practice.

- something a patient wrote or said, tied to its author (« ce mot laissé par une patiente »,
  « le message de Julie après son opération », « elle partage son expérience »);
- the practice reading or sharing them (« je lis vos plus beaux messages après opé », « captures de
  vos DM »), a thank-you sent by a patient (« nous a envoyé ce dessin de remerciement »), someone
  agreeing to tell their story (« d'avoir accepté de raconter son parcours »);
- patients' praise quoted (« « Vous m'avez rendu confiance en moi » »);
- reviews and ratings (« plateformes d'avis », « 200 avis positifs », « taux de recommandation »).
"""

from __future__ import annotations

import re

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

_WORDS = words(
    r"mots?|messages?|lettres?|cartes?|avis|commentaires?|retours?|remerciements?|textos?|sms|mails?|e-mails?",
    r"dms?|stories|story|reviews?|compliments?|temoignages?|recits?|histoires?|experiences?|ressentis?|vecus?",
    r"paroles?|confidences?|petits? mots?|declarations?",
)
_PATIENT = r"(?:patient\w*|client\w*|operee?s?|ancienne?s? patient\w*|abonnee?s? operee?s?)"
_SHARE = words(
    r"lis|lit|lisons|partage\w*|repartage\w*|repost\w*|reposte\w*|publie\w*|affiche\w*|montre\w*|epingle\w*",
    r"encadre\w*|garde\w* precieusement|collectionne\w*|imprime\w*",
)
_PRAISE = words(
    r"vous m'avez|tu m'as|grace a (?:vous|toi)|merci (?:pour|de) (?:tout|m'avoir)|je (?:vous )?recommande",
    r"je suis (?:\w+ )?(?:ravie?|heureuse?|contente?|fiere?|comblee?|satisfaite?)|je me sens|je revis",
    r"je me (?:reconnais|retrouve|trouve (?:enfin )?belle)|je ne regrette|meilleure decision|si j'avais su",
    r"change ma vie|(?:rendu|redonne) (?:le sourire|confiance|ma confiance|gout)|au top|incroyable|parfait",
    # gratitude to a named practitioner or team, a life given back (« Grâce au Dr M. j'ai retrouvé
    # une vie normale », « Ce chirurgien m'a sauvé la vie », « une équipe à l'écoute »)
    r"grace (?:a|au|a la) (?:dr|docteur|pr|professeur|chirurgien\w*|equipe|l'equipe|son equipe|votre equipe)",
    r"j'ai (?:enfin )?retrouve (?:une|le|la|ma|mon|mes|confiance)|(?:m'a|nous a) sauve|sauve la vie",
    r"(?:une |des |toute l')?equipes? (?:a l'ecoute|formidables?|geniales?)",
    r"jamais (?:ete|eu) (?:aussi|si) (?:belle?|bien)",
    # « vous êtes le seul qui m'ait écouté », « il m'a vraiment aidée »
    r"vous etes (?:le|la) (?:seule?|meilleure?)|m'(?:a|ait|avez|aviez) (?:vraiment |tellement )?(?:ecoutee?"
    r"|comprise?"
    r"|aidee?|soutenue?|rassuree?)",
    # praise of the practitioner or the team: « le Dr B. a été formidable du début à la fin »
    r"(?:a ete|ont ete|est|sont|etait|etaient) (?:\w+ )?(?:formidables?|geniale?s?|extraordinaires?"
    r"|merveilleu\w+|exceptionnel\w*|adorables?|aux petits soins|d'une (?:gentillesse|douceur|ecoute)\w*)",
)

_CONSTRUCTIONS = (
    # a patient's words tied to their author
    Construction(
        regex_cache.compile(
            rf"\b{_WORDS}\s+(?:\w+\s+){{0,3}}?"
            r"(?:laisse|envoye|ecrit|recu|poste|adresse|offert|depose|publie)e?s?"
            r"\s+(?:\w+\s+){0,2}?par\s+"
            rf"(?:une?|mon|ma|mes|nos|notre|cette|cet|ce|l'une? de mes)\s+{_PATIENT}"
        ),
        ignore=frozenset({"negation"}),  # « rien ne me touche plus que ce mot laissé par … »
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?:une?|mon|ma|mes|nos|notre|cette|ces|les)\s+{_PATIENT}\s+(?:[\w'-]+\s+){{0,6}}?"
            # (whole words: « … Corsetis Medical » is not « me » + « di… »)
            # (« mes patients me le disent souvent »)
            rf"(?:\b(?:me|nous)\s+|\bm')(?:le |l')?(?:a |ont |avait |avaient )?"
            r"(?:remerci|ecri|envo|offr|laiss|di|raconte|confi|partag|apport)\w*"
        )
    ),
    # the practice reading or sharing them (« les commentaires » alone are anyone's: « je lis les
    # commentaires sous mon post » reads, it shows nothing)
    Construction(
        regex_cache.compile(
            rf"\b(?:je|on|nous)\s+(?:vous\s+)?{_SHARE}\s+"
            r"(?:(?:vos|leurs|ses|mes|nos|quelques-uns de vos)\s+"
            rf"(?:\w+\s+){{0,2}}?{_WORDS}\b"
            rf"|(?:ces|les)\s+(?:\w+\s+){{0,2}}?{_WORDS}\s+(?:de|d'|des)\s*(?:mes |nos |vos )?{_PATIENT})"
        )
    ),
    # someone's story or post reshared by the practice: « on repartage avec plaisir la story de @x »
    Construction(
        regex_cache.compile(
            rf"\b(?:je|on|nous)\s+(?:vous\s+)?{_SHARE}\s+(?:avec (?:plaisir|fierte|emotion)\s+)?"
            rf"(?:la|le|les|cette|ce|ces)\s+(?:\w+\s+)?{_WORDS}\s+(?:de|d')\s*@[\w.]+"
        )
    ),
    # a patient telling her own story
    Construction(
        regex_cache.compile(
            r"\b(?:nous|vous|me) (?:raconte|partage|confie|livre|explique|parle de)\w*\s+(?:\w+\s+)?"
            r"(?:son|sa|ses) (?:experience|parcours|histoire|ressenti|vecu|operation|intervention)"
        )
    ),
    # thanks for a third person's words, their trust, their stories
    Construction(
        regex_cache.compile(rf"\bmerci (?:a|au|aux) [\w.@-]+ (?:pour|de) (?:son|sa|ses) (?:\w+ )?{_WORDS}\b")
    ),
    Construction(
        regex_cache.compile(
            r"\b(?:decouvrez|lisez|ecoutez|regardez)"
            r" (?:leurs?|ses|son|sa) (?:histoires?|temoignages?|experiences?|parcours|avis|retours|mots)\b"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\b(?:elle|il|ma patiente|mon patient)\s+(?:a accepte de\s+|nous\s+|vous\s+|me\s+)?"
            r"(?:raconte|partage|explique|confie|livre|temoigne)\w*\s+(?:\w+\s+)?(?:son|sa|ses)\s+"
            r"(?:experience|parcours|histoire|ressenti|vecu|operation|intervention|avis|retour|rhinoplastie)"
        )
    ),
    # patients' messages shown: « captures de vos DM »
    Construction(
        regex_cache.compile(
            rf"\b(?:captures?(?: d'ecran)?|screens?(?:hots?)?) (?:de |d')(?:vos|leurs|ses|mes|nos) {_WORDS}\b"
        )
    ),
    # a thank-you sent by a patient or a relative: « nous a envoyé ce dessin de remerciement »
    Construction(
        regex_cache.compile(
            r"\b(?:nous|m'|me) (?:a|ont) (?:envoye|offert|ecrit|laisse|adresse|apporte)\w*"
            rf"{_S}{{0,40}}?\b(?:de )?remerciements?\b"
        )
    ),
    # someone agreeing to tell their story: « d'avoir accepté de raconter son parcours »
    Construction(
        regex_cache.compile(
            r"\baccepte\w* de (?:nous |vous |me )?(?:raconter|partager|temoigner|livrer|confier|parler de)"
            r"(?: \w+)? (?:son|sa|ses|leur|leurs)\b"
        )
    ),
    # anyone telling their own operation, or patients their experience: « Marc revient sur son
    # opération », « ils racontent leur expérience », « nos patientes en parlent mieux que nous »
    Construction(
        regex_cache.compile(
            r"\b(?:raconte\w*|revien\w* sur|partage\w*|confie\w*|livre\w*|temoigne\w* de|parle\w* de)"
            r" (?:\w+ )?(?:(?:son|sa|ses|leur|leurs) (?:\w+ )?(?:operation|intervention|chirurgie"
            r"|rhinoplastie|greffe|lifting|liposuccion|reconstruction|convalescence|parcours de soins?)"
            r"|(?:leur|leurs) (?:experience|histoire|parcours|vecu|ressenti)s?)\b"
            r"|\b(?:en )?parlent (?:bien )?mieux que (?:moi|nous)\b"
        )
    ),
    # patients' praise quoted
    Construction(regex_cache.compile(rf"[«\"“][^»\"”\n]{{0,120}}?\b{_PRAISE}\b[^»\"”\n]{{0,200}}[»\"”]")),
    Construction(
        regex_cache.compile(
            r"\bce qu(?:'|e )(?:en |elles |ils |nous |me |m')?(?:disent|pensent|racontent|ecrivent|repetent"
            r"|confient)\s+(?:souvent |toujours |parfois |le plus souvent )?"
            rf"(?:nos|mes|les|leurs|vos) {_PATIENT}"
        )
    ),
    # a thank-you gift brought or sent by a treated person: « est passée nous voir avec un dessin »,
    # « nous a apporté des chocolats »
    Construction(
        regex_cache.compile(
            r"\b(?:passee?s?|venue?s?|revenue?s?) (?:nous|me) (?:voir|rendre visite|dire merci) avec"
            r" (?:un|une|des|son|sa|ses|ce|cette|ces) (?:\w+ )?(?:dessins?|fleurs|bouquets?|cadeaux?"
            r"|chocolats|gateaux?|cartes?|lettres?|mots?)\b"
            r"|\b(?:nous|m'|me) (?:a|ont) (?:envoye|offert|apporte|laisse|ramene|dessine)e?s?"
            r" (?:un|une|des|ce|cette|ces) (?:\w+ )?(?:dessins?|fleurs|bouquets?|cadeaux?|chocolats|gateaux?"
            r"|cartes?|lettres?|petits? mots?)\b"
        )
    ),
    # a thank-you note received: « encore une carte de remerciement reçue ce matin »
    Construction(
        regex_cache.compile(
            r"\b(?:cartes?|lettres?|mots?|petits? mots?|messages?|dessins?|courriers?|cadeaux?|bouquets?)"
            r" de remerciements?\b(?: \w+){0,2}? (?:recue?s?|arrivee?s?|deposee?s?|trouvee?s?)\b"
        )
    ),
    # patients speaking of the practice: « nos patientes en parlent : … », a section « Ils parlent du
    # Dr Sabatier », « elles parlent de nous »
    Construction(regex_cache.compile(rf"\b(?:nos|mes|les|vos) {_PATIENT} en parlent\b")),
    Construction(
        regex_cache.compile(
            r"\b(?:ils|elles) (?:en )?parlent (?:de (?:nous|moi)|du (?:dr|docteur|cabinet|centre)"
            r"|de la (?:clinique|dr|docteure?)|de l'equipe)\b"
        )
    ),
    # reviews and ratings
    Construction(
        regex_cache.compile(
            r"\bplateformes? d'avis\b|\bavis (?:positifs|elogieux|clients|en ligne sur (?:google|doctolib))\b"
            r"|\b\d+ (?:avis|commentaires|notes) (?:positifs|elogieux|google|doctolib|5 etoiles|verifies)\b"
        ),
    ),
    # praise by patients: « des résultats salués par nos patientes »
    Construction(
        regex_cache.compile(
            r"\b(?:salue|loue|plebiscite|apprecie|recommande|encense|vante|note)e?s?\s+par\s+"
            rf"(?:nos|mes|les|des|leurs|toutes nos|tous nos)\s+(?:\w+\s+)?{_PATIENT}"
        )
    ),
    # a patient's words quoted after their mention: « et son petit mot : « j'ose enfin… » »
    Construction(
        regex_cache.compile(
            r"\b(?:son|sa|ses|leur|leurs) (?:petit |joli |gentil |adorable )?"
            r"(?:mot|message|retour|avis|commentaire|texto|lettre|carte)s?\s*:?\s*[«\"“]"
        )
    ),
    # words of a patient or a relative announced, then quoted: « le petit mot d'une maman : « … » »
    Construction(
        regex_cache.compile(
            r"\b(?:le|la|les|un|une|ce|cette|ces) (?:petite?s? |jolie?s? |gentile?s? |adorables? )?"
            r"(?:mots?|messages?|retours?|avis|commentaires?|textos?|lettres?|cartes?|sms|paroles?)"
            r" (?:de |d')(?:une?|la|le|l'|cette|ce|notre|nos|des|mes) ?(?:\w+ )?"
            r"(?:maman|papa|mere|pere|parents?|familles?|patiente?s?|operee?s?|cliente?s?|proches?|mari|epouse)\b\s*:?\s*[«\"“]"
        )
    ),
    # a count of reviews with their average shown as proof, even in a review reply: « 212 avis, 4,9/5 sur
    # Google », « les patients parlent pour nous »
    Construction(
        regex_cache.compile(
            r"\b\d{2,}\s+(?:avis|notes|evaluations)\b[^.!?\n]{0,20}?\b\d(?:[.,]\d{1,2})?\s?"
            r"(?:/\s?5|sur 5|etoiles?)(?!\w)"
            r"|\b\d(?:[.,]\d{1,2})?\s?(?:/\s?5|sur 5)\s+(?:sur |de )?(?:google|doctolib|trustpilot)\b"
            r"[^.!?\n]{0,20}?\b\d{2,}\s+avis\b"
            r"|\b(?:les|nos|mes|vos) (?:patient\w*|client\w*|operee?s) parlent (?:pour|a la place de)"
            r" (?:nous|moi)\b"
        )
    ),
    # a patient's delight stated: « (patiente ravie !!) », « la patiente est aux anges » (a head count,
    # « 3 000 patientes conquises », is a satisfaction claim: ``superlatif``)
    Construction(
        regex_cache.compile(
            r"\b(?:la |le |les |notre |nos |ma |mes )?(?<!\d )(?<!\d)(?<!milliers de )(?<!centaines de )"
            r"patiente?s?\s+(?:est |sont |etait |etaient )?"
            r"(?:tres |super |vraiment |trop )?(?:ravie?s?|comblee?s?|aux anges|enchantee?s?|conquise?s?)\b"
        )
    ),
    # a third person's praise quoted: « a salué « un accueil remarquable » »
    Construction(
        regex_cache.compile(
            r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:salue|loue|vante|encense|applaudi|felicite)\w*"
            r"\s+(?:\w+\s+){0,3}?[«\"“]"
        )
    ),
    # patients asked to tell their story: « j'ai demandé à trois patientes de raconter… »
    Construction(
        regex_cache.compile(
            r"\b(?:demande|propose|invite|donne la parole)\w*\s+(?:a|aux)\s+(?:[\w-]+\s+){0,2}?"
            rf"{_PATIENT}\s+(?:de|d')\s*(?:nous |vous |me )?"
            r"(?:raconter|partager|temoigner|parler|livrer|decrire|expliquer|confier|dire)\b"
        )
    ),
    # what patients tell us, then their words: « ce qu'on nous dit le plus souvent en consultation de
    # suivi ? « Je … » », « ce que mes patientes me répètent : « j'aurais dû… » » (their own words, in the
    # first person; their questions are no praise: a quote ending in « ? » is left out by the exceptions)
    Construction(
        regex_cache.compile(
            r"\bce (?:que|qu') ?(?:l'on |on |elles |ils |mes |nos |les )?"
            r"(?:patient\w* |operee?s |client\w* )?"
            r"(?:nous |me |m' ?)(?:dit|disent|repete\w*|ecri\w*|confie\w*|raconte\w*|glisse\w*)\b"
            r"[^«\"“\n]{0,80}?[«\"“][^»\"”\n]{0,80}?(?:\b(?:je|me|mon|ma|mes|moi)\b|\b[jm]')"
        )
    ),
    # a mark given by patients: « nos patientes nous attribuent en moyenne 9,6/10 », « une note moyenne
    # de 4,8 sur 5 dans le questionnaire de sortie » (not a pain score: « douleur évaluée à 3/10 »)
    Construction(
        regex_cache.compile(
            rf"\b{_PATIENT}\s+(?:nous |me |m' ?|leur |lui )?(?:attribu|donn|accord|mett|met|not|evalu)\w*"
            r"[^.!?\n]{0,60}?\b\d{1,2}(?:[.,]\d{1,2})?\s?"
            r"(?:/\s?(?:5|10|20|100)|sur (?:5|10|20|100)|etoiles?)(?!\w)"
            # (a share of satisfied patients, « 96 % », is a satisfaction rate: ``superlatif``)
            r"|\b(?:note|moyenne|score) (?:moyenne? |globale? )?(?:de )?satisfaction\b[^.!?\n]{0,30}?"
            r"\d{1,2}(?:[.,]\d{1,2})?\s?(?:/\s?(?:5|10|20|100)|sur (?:5|10|20|100))"
            r"|\b(?:questionnaires?|enquetes?) (?:de (?:sortie|satisfaction)|patients?)\b[^.!?\n]{0,60}?"
            r"\d{1,2}(?:[.,]\d{1,2})?\s?(?:/\s?(?:5|10|20|100)|sur (?:5|10|20|100))"
            r"|\ben moyenne\s+\d{1,2}(?:[.,]\d{1,2})?\s?(?:/\s?(?:5|10|20)|sur (?:5|10|20))\b[^.!?\n]{0,60}?"
            rf"\b(?:questionnaire|enquete|avis|{_PATIENT})"
        )
    ),
    # a patient offered to tell her story or praise: « une de mes opérées, ravie et prête à raconter »,
    # « je vous propose d'interviewer une de mes patientes », « pourquoi il recommande l'équipe »
    Construction(
        regex_cache.compile(
            r"\b(?:prete?s?|disposee?s?|partante?s?|d'accord) (?:pour|a) (?:nous |vous |en )?(?:raconter"
            r"|temoigner"
            r"|partager|parler)\b"
            rf"|\b(?:interviewer|rencontrer|filmer|donner la parole a|presenter) (?:une?|l'une?|deux|trois"
            rf"|quelques"
            rf"|certaine?s?) (?:de |d')(?:mes|nos) {_PATIENT}"
            r"|\b(?:il|elle|ils|elles|qui) (?:\w+ )?recommande\w* (?:vivement |chaudement )?(?:l'equipe"
            r"|le cabinet"
            r"|le (?:dr|docteur|chirurgien)|la (?:dre?|docteure?|chirurgienne|clinique)|notre (?:equipe"
            r"|cabinet|centre)"
            r"|son chirurgien|sa chirurgienne|le centre)\b"
            r"|\braconte\w* (?:sa|son) (?:reprise|retour|recuperation|convalescence|parcours|guerison"
            r"|nouvelle vie)\b"
        )
    ),
    Construction(
        regex_cache.compile(r"\btaux de recommandation\s+(?:\w+\s+)?(?:de |a |superieur a |proche de )?\d+"),
        ignore=frozenset({"reported"}),
    ),
)


# A quote attributed to a patient in the signature: « … » (une patiente), « … » (Nathalie),
# « … » — l'une de mes patientes
_QUOTE_BY_PATIENT = Construction(
    regex_cache.compile(
        r"[»\"”]\s*(?:\(\s*|[-—–,]\s*)(?:une?|mon|ma|mes|nos|des|l'une? de (?:mes|nos)) (?:ancienne?s? )?"
        r"(?:patient\w*|operee?s?|cliente?s?)\b"
    )
)
# A quote signed by a reporting verb and a treated person: « « … », confie l'une d'elles, opérée en
# 2025 » (reported speech by construction, so that qualifier is ignored; the quote is checked in
# ``find``).
_QUOTE_THEN_PATIENT = Construction(
    regex_cache.compile(
        # (the verb may take its addressee: « « … » nous dit une de nos patientes », « m'écrit une patiente »)
        r"\b(?:(?:nous|me|vous) |m')?(?:confie|raconte|temoigne|glisse|sourit|se souvient|se rejouit"
        r"|s'enthousiasme|ajoute|dit|ecrit|lance|assure|resume)\s+"
        r"(?:l'une? d'(?:elles|eux|entre (?:elles|eux))"
        r"|(?:l'une?|une?) de (?:mes|nos) (?:anciennes? |jeunes? )?(?:patient\w*|operee?s|clientes?)"
        r"|une?(?: ancienne| jeune)? (?:patiente?|operee?)"
        r"|(?:cette|notre|ma|mon|la|le) (?:ancienne |jeune )?(?:patiente?|operee?))(?!\w)"
    ),
    # (the quote's own negation or conditional, « je n'aurais jamais cru… », is not the verb's)
    ignore=frozenset({"reported", "negation", "hypothesis"}),
)
_QUOTE_CLOSED = regex_cache.compile(r"[»\"”]\s*,?\s*$")

# Someone's own words signed with a first name in brackets: « Ma peau n'a jamais été aussi belle »
# (Nathalie). The quote speaks in the first person (a title quoted with its source, « … » (Inserm),
# does not); the name is judged on the original text: capitalised, alone or with an age.
_PAREN_ATTRIBUTION = Construction(
    regex_cache.compile(
        r"[«\"“][^»\"”\n]{0,200}?(?:\b(?:je|me|mon|ma|mes|moi)\b|\b[jm]')[^»\"”\n]{0,200}[»\"”]"
        r"\s*\(\s*[a-z-]+(?:,? \d{2} ans)?\s*\)"
    )
)
_PAREN_SIGNED = regex_cache.compile(
    r"[»\"”]\s*\(\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:,? \d{2} ans)?\s*\)$"
)


# A treated person's delight reported after her procedure: « j'ai refait les paupières de
# l'animateur. Il était ravi » (only in a text about a procedure done).
_DELIGHT = Construction(
    regex_cache.compile(
        r"\b(?:il|elle|ils|elles) (?:etait|est|etaient|sont|a ete|ont ete|en est|en etait|se dit|se disait)"
        r" (?:\w+ )?(?:ravie?s?|enchantee?s?|comblee?s?|aux anges|conquise?s?|emerveillee?s?)\b"
    )
)
_DONE_CARE = regex_cache.compile(
    r"\b(?:opere|refait|fait|injecte|retouche|corrige|greffe|traite|soigne)e?s?\s+(?:le|la|les|l'|sa|son"
    r"|ses)\s*"
    r"(?:nez|paupieres|levres|seins|poitrine|ventre|visage|oreilles|menton|cheveux|regard|rides|cernes)\b"
    r"|\b(?:apres|depuis) (?:sa|son|ses) (?:\w+ )?(?:operation|intervention|rhino\w*|lipo\w*|lifting"
    r"|blepharo\w*|abdomino\w*|greffe|injections?|augmentation|reduction)\b"
)


# Words signed after a closing quote and a dash: « … » — Julie, 34 ans. Judged on the original
# text: the signature is a capitalised name or an initial, not a word of the sentence (« » — vidéo
# publiée le… », « » – CPC max… ») nor a practitioner quoted (« » — Dr Martin »).
# (an emoji may stand between the quote and its dash: « « … » 💬 — Marine, 34 ans »)
_ATTRIBUTION = Construction(
    regex_cache.compile(
        r"[»\"”]\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{1,4}\s*)?[-—–]\s*[a-z]+\b"
        r"(?:,? \d{2} ans)?"
    )
)
_SIGNED = regex_cache.compile(
    r"[»\"”]\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{1,4}\s*)?[-—–]\s*(?:[A-ZÀ-Ý][a-zà-ÿ]|[A-ZÀ-Ý]\.)"
)
# (nor the practice signing its own slogan: « « Offrez un regard frais » — Cabinet Dr X »)
_PRACTITIONER_SIGNATURE = regex_cache.compile(
    r"[-—–]\s*(?:Dr|Pr|Docteure?|Professeure?|Doctoresse|Cabinet|Clinique|Centre|Institut|[ÉE]quipe"
    r"|Le cabinet|La clinique|Le centre|L'[ée]quipe|Service|Espace|P[ôo]le|Maison)\b"
)
# A title quoted, then its part: « Podcast « Sous le champ » – Épisode 23 » names a work, not a signer.
_WORK_PART = regex_cache.compile(
    r"[-—–]\s*(?:[ÉE]pisode|[ÉE]p\b|Saison|Partie|Chapitre|Tome|Volume|Num[ée]ro|Volet|Module|Le[çc]on)"
)
_WORK_BEFORE = regex_cache.compile(
    r"\b(?:podcast|[ée]mission|s[ée]rie|cha[îi]ne|livre|film|documentaire|webinaire|conf[ée]rence|rubrique"
    r"|newsletter|vid[ée]o|replay|live|atelier|guide|article)s?\s*:?\s*[«\"“][^»\"”\n]{0,80}$",
    re.IGNORECASE,
)


# Thanks for someone's kind words, shown to others: « repost @x … merci pour ce joli retour », « merci
# @x pour ton adorable message » (a review reply thanks the reviewer for her review: allowed).
_PRAISE_THANKED = Construction(
    regex_cache.compile(
        r"\bmerci (?:beaucoup |infiniment |mille fois )?(?:a [\w.@-]+ )?(?:@[\w.]+ )?(?:pour|de) "
        r"(?:ce|cet|cette|ces|ton|ta|tes|votre|vos|son|sa|ses|leur|leurs) (?:si |tres |super |trop )?"
        r"(?:joli|jolie|jolis|beau|bel|belle|beaux|gentil|gentille|gentils|adorable|touchant|touchante"
        r"|magnifique|chouette|doux|tendre|chaleureux|emouvant"
        r"|emouvante|merveilleux|merveilleuse|incroyable|super)s? "
        rf"{_WORDS}\b"
    )
)


# … shown to others: a repost, a mention, thanks about someone (« merci à @x pour son mot »); a thank-you
# in the reply to the words themselves (a message, a review, a comment under our video) shows nothing.
_REPLY_CHANNELS = frozenset({"avis-reponse", "message"})
_SHOWN_TO_OTHERS = regex_cache.compile(
    r"@[\w.]|\b(?:repost\w*|regram\w*|repartag\w*|en story|story de)\b|\bpour (?:son|sa|ses) "
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Patients' testimonials, thanks, reviews or ratings used in the practice's communication."""
    signed = [
        candidate
        for candidate in construction_candidates(context, rule, (_ATTRIBUTION,))
        if _SIGNED.match(excerpt := context.plain.text[candidate.start : candidate.end])
        and not _PRACTITIONER_SIGNATURE.search(excerpt)
        and not _WORK_PART.search(excerpt)
        and not _WORK_BEFORE.search(context.plain.text[max(candidate.start - 120, 0) : candidate.start])
    ]
    signed += [
        candidate
        for candidate in construction_candidates(context, rule, (_QUOTE_THEN_PATIENT,))
        if _QUOTE_CLOSED.search(context.plain.text[max(candidate.start - 6, 0) : candidate.start])
    ]
    done_care = _DONE_CARE.search(context.folded.text)
    delight = construction_candidates(context, rule, (_DELIGHT,)) if done_care else []
    signed += [
        candidate
        for candidate in construction_candidates(context, rule, (_PAREN_ATTRIBUTION,))
        if _PAREN_SIGNED.search(context.plain.text[candidate.start : candidate.end])
    ]
    constructions: tuple[Construction, ...] = (*_CONSTRUCTIONS, _QUOTE_BY_PATIENT)
    if context.channel not in _REPLY_CHANNELS and _SHOWN_TO_OTHERS.search(context.folded.text):
        constructions = (*constructions, _PRAISE_THANKED)
    return construction_candidates(context, rule, constructions) + signed + delight
