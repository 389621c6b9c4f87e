"""``avant-apres`` as constructions: a before/after showcase, whatever its layout.

- « avant » and « après » set against each other (« avant le lifting vs 3 mois après »,
  « photo 1 : avant, photo 2 : 15 jours après », « à gauche avant, à droite après »);
- a transformation put on display (« glow up », « méconnaissable », « devinez l'âge qu'elle a
  maintenant », « regardez la différence »);
- a dated result shown as a picture (« photo à 3 mois post-op »), pictures at two points in time
  (« photos à J0 et M12 »), captions « Avant … » / « … après » on consecutive lines.

Preparation instructions (« avant et après l'intervention, arrêtez de fumer ») stay dropped by the
rule's ``unless_sentence``.
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# (a slash between digits is a date: « avant le 31/12… après ça »)
_VERSUS = r"(?:vs\.?|versus|→|->|=>|➡️?|👉|(?<!\d)/(?!\d)|\|)"
_PICTURE = words(
    r"photos?|images?|cliches?|slides?|pics?|selfies?|captures?|videos?|carrousel|gauche|droite",
    r"1ere|premiere|deuxieme|2e|seconde",
)
_DURATION = r"(?:\d+|un|une|deux|trois|quatre|six|huit|dix|douze)\s+(?:jours?|semaines?|mois|ans?)"
# A point in time of a follow-up: « J0 », « M12 », « jour 30 », « 6 mois », « pré-op ».
_WHEN = (
    r"(?:[jms]\s?\+?\s?\d+|(?:jour|semaine|mois) \d+|\d+ (?:jours?|semaines?|mois|ans?)"
    r"|(?:le )?jour j|pre[- ]?op\w*|post[- ]?op\w*)"
)
# A picture's number in a series: « 2 », « 2/4 », « 3 sur 5 »
_NUMBER = r"(?:\d+(?:\s?(?:/|sur)\s?\d+)?)?"
# A label in page markup: an image's alt text or title, a caption, a file name (« nav-avant.jpg »)
_LABEL = (
    r"(?:alt=[\"']|title=[\"']|<figcaption>|[\w-]*[-_](?=(?:avant|apres)[-_\w]*\.(?:jpe?g|png|webp|gif)))"
)
# Body parts a showcase points at
_SHOWN_PART = (
    r"(?:profil|nez|machoire|visage|poitrine|seins|ventre|silhouette|levres|regard|peau|cheveux|crane"
    r"|menton|fesses|cuisses|bras|cou|sourire|dents|paupieres|yeux|cicatrice)"
)
_SHOW = words(
    # (« #glowup » alone is a beauty tag on any post; spelt out it announces a transformation)
    r"(?<!#)glow\s?up|meconnaissable\w*|metamorphos\w*",
    r"devine[zr]? (?:l'age|son age|qui (?:est|c'est)|la difference)",
    r"(?:regardez|voyez|admirez|matez|constatez) (?:\w+ )?(?:la|cette)"
    r" (?:difference|evolution|transformation)",
    r"(?:quelle|la) difference (?:flagrante|incroyable|saisissante|impressionnante|bluffante)",
    r"quelle difference",
    r"transformations? (?:du|de la) (?:jour|mois|semaine|week-end|vendredi|lundi)",
)

_CONSTRUCTIONS = (
    # « avant … vs … après »
    Construction(regex_cache.compile(rf"\bavant\b{_S}{{0,40}}?\s?{_VERSUS}\s?{_S}{{0,40}}?\bapres\b")),
    # « photo 1 : avant, photo 2 : après », « à gauche avant, à droite après »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\b{_S}{{0,15}}?\bavant\b{_S}{{0,40}}?\b{_PICTURE}\b{_S}{{0,40}}?\bapres\b"
        )
    ),
    # a dated result in a picture
    Construction(
        regex_cache.compile(
            rf"\b(?:photos?|images?|cliches?|resultats?)\s+(?:\w+\s+)?(?:a|apres|au bout de)\s+{_DURATION}"
            rf"(?:\s+(?:post[- ]?op\w*|apres))?\b{_S}{{0,60}}?(?:{_VERSUS}|\bavant\b)"
        )
    ),
    Construction(regex_cache.compile(rf"\b{_DURATION}\s+(?:apres|post[- ]?op\w*)\b{_S}{{0,40}}?{_VERSUS}")),
    # « ta tête avant et après ton lipofilling », « le jour J et six mois plus tard »
    Construction(
        regex_cache.compile(
            r"\b(?:ta|ton|sa|son|leur|votre|mon|ma) (?:tete|visage|nez|corps|poitrine|silhouette"
            r"|ventre|levres"
            r"|regard|profil|peau|bouche|menton) avant (?:et|vs|/) apres\b"
        )
    ),
    Construction(regex_cache.compile(rf"\bjour j\b{_S}{{0,30}}?\b{_DURATION} (?:plus tard|apres)\b")),
    Construction(regex_cache.compile(r"\btransformation (?:de|d') ?[\w-]+ (?:apres|suite a) (?:sa|son)\b")),
    # pictures before and at a later time: « photos avant et 1 an après »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\s+(?:\w+\s+)?avant\s*(?:et|/|-|&|,)\s*(?:a\s+|au bout de\s+)?{_DURATION}"
            r"\s+(?:apres|plus tard|post[- ]?op\w*)\b"
        )
    ),
    # a gallery of the practice's results
    Construction(
        regex_cache.compile(
            r"\b(?:galerie|portfolio|book|album)s? (?:de |des |d')?(?:nos |mes )?"
            r"(?:realisations|resultats|cas|transformations|interventions|patientes)\b"
            r"|\b(?:nos|mes) realisations\b"
        )
    ),
    # pictures at two points in time: « photos à J0 et M12 », « images pré-op / 6 mois »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\b{_S}{{0,20}}?\b{_WHEN}\s?(?:et|vs\.?|/|->|→|puis|,)\s?(?:a |au )?{_WHEN}\b"
        )
    ),
    # two pictures each at its point in time: « photo de gauche le jour J, photo de droite à 12 mois »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\b{_S}{{0,20}}?\b{_WHEN}\b{_S}{{0,40}}?\b{_PICTURE}\b{_S}{{0,20}}?\b{_WHEN}\b"
        )
    ),
    # two points in time set against each other: « J0 ➡️ J90 »
    Construction(regex_cache.compile(rf"\b{_WHEN}\s?{_VERSUS}\s?{_WHEN}\b")),
    # « à gauche en février, à droite aujourd'hui »
    Construction(
        regex_cache.compile(
            r"\ba gauche\b[^.!?\n]{0,10}?\b(?:en|le|la|a|au|avant|hier|il y a)\b[^.!?\n]{0,50}?"
            r"\ba droite\b[^.!?\n]{0,20}?\b(?:aujourd'hui|maintenant|apres|a|au|en|le|la|\d)"
        )
    ),
    # the result teased for later in the video: « attends la fin pour voir son profil trois mois plus tard »
    Construction(
        regex_cache.compile(
            r"\b(?:voir|decouvrir|decouvrez|regardez|admirez)\s+(?:son|sa|ses|le|la|les|leur)\s+(?:\w+\s+)?"
            r"(?:profil|nez|visage|poitrine|ventre|silhouette|resultat|levres|regard|peau|cheveux|crane|menton)\s+"
            rf"(?:{_DURATION}|\w+ (?:jours?|semaines?|mois|ans?))\s+(?:plus tard|apres)\b"
        )
    ),
    # captions: a picture labelled « Avant … », the next one « … après »
    # (« avant… » / « et APRÈS !!! 😍 »: punctuation or emoji may close the second caption)
    Construction(
        regex_cache.compile(
            r"(?m)^[^\S\n]*avant\b[^\n]{0,40}\n(?:[^\S\n]*\n)*[^\n]{0,30}\bapres[^\w\n]{0,12}$"
        )
    ),
    # pictures labelled on consecutive lines of a carousel or a story: « Slide 2 : Avant » then
    # « Slide 3 : Après, 1 seule séance », « Photo 1 – avant » then « Photo 2 – après »
    Construction(
        regex_cache.compile(
            rf"(?m)^[^\S\n]*{_PICTURE}\b[^\S\n]*{_NUMBER}[^\S\n]*[:\-–—]?[^\S\n]*avant\b[^\n]{{0,40}}\n"
            rf"(?:[^\S\n]*\n)*[^\S\n]*{_PICTURE}\b[^\S\n]*{_NUMBER}[^\S\n]*[:\-–—]?[^\S\n]*apres\b"
        )
    ),
    # pictures of a patient published with her consent: the consent tells they are her results
    # (« (photos publiées avec l'accord de la patiente) »)
    Construction(
        regex_cache.compile(
            rf"\b(?:photos?|images?|cliches?|videos?)\b{_S}{{0,20}}?\b(?:publiee?s?|partagee?s?|postee?s?"
            r"|diffusee?s?|montree?s?)\s+avec\s+(?:l'accord|le consentement|l'autorisation|la permission)"
            r"\s+(?:de la |du |de l'|de |des |de mes |de nos |de notre |de ma |de mon )?"
            r"(?:patient\w*|operee?s?|interessee?)\b"
        )
    ),
    # a result put forward at a later time: « 6 mois après, le résultat parle de lui-même »
    Construction(
        regex_cache.compile(
            rf"\b{_DURATION}\s+(?:apres|plus tard|post[- ]?op\w*)\s*[,:]?\s*"
            r"(?:le|son|ses|les|leur|ce) resultats?"
            r" (?:parle\w* (?:d'eux|de lui|d'elles?)-memes?|se passe\w* de commentaires?"
            r"|est (?:la|spectaculaire|bluffant"
            r"|incroyable|magnifique|superbe|top|au rendez-vous|impressionnant)|saute aux yeux)"
        )
    ),
    # the two sides of one picture set against each other: « (photo de gauche vs droite) »
    Construction(
        regex_cache.compile(rf"\b{_PICTURE}\b{_S}{{0,10}}?\bgauche\s?{_VERSUS}\s?(?:\w+ )?droite\b")
    ),
    # a post-op point in time, then a body part to look at: « 3 mois post-op, regardez cette mâchoire »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_DURATION}|[jm]\s?\+?\s?\d+)\s+(?:post[- ]?op\w*|apres)\b{_S}{{0,40}}?"
            r"\b(?:regardez|admirez|matez|voyez|regarde|admire)(?:-moi)?"
            r" (?:ce|cette|ces|son|sa|ses|le|la|les) (?:\w+ )?"
            r"(?:profil|nez|machoire|visage|poitrine|seins|ventre|silhouette|levres|regard|peau"
            r"|cheveux|crane|menton|fesses|cuisses|bras|cou|sourire|dents)\b"
        )
    ),
    # a follow-up shown from one point in time to another: « je vous montre l'évolution, de M0 à M12 »
    Construction(
        regex_cache.compile(
            r"\b(?:montre\w*|photos?|images?|cliches?)\b"
            rf"{_S}{{0,80}}?\b(?:de|entre) {_WHEN} (?:a|et) {_WHEN}\b"
        )
    ),
    # a before/after layout asked for in a brief: « prévoir un diptyque avant/après »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>diptyque|triptyque|split[- ]?screen|cote a cote|montage)\b[^.!?\n]{0,30}?\bavant\b"
        ),
        "m",
    ),
    # a transformation on display
    Construction(regex_cache.compile(rf"\b{_SHOW}\b")),
    # one patient's course shown at a later time: « voici son évolution à trois mois »
    Construction(
        regex_cache.compile(
            r"\b(?:voici|voila|decouvrez|regardez|admirez|voyez|montre\w*) (?:son|sa|ses|leur|leurs)"
            r" (?:\w+ )?(?:evolutions?|resultats?|transformations?)\b"
            rf"{_S}{{0,20}}?\b(?:a|apres|au bout de|en) {_DURATION}"
        )
    ),
    # a body part shown, then how long after: « regarde ce ventre 8 mois après », « regardez le sourire
    # de Lina après 18 mois de gouttières »
    Construction(
        regex_cache.compile(
            r"\b(?:regarde[zs]?|admire[zs]?|voyez|vois|matez|mate|decouvrez|voici)(?:-moi)?"
            rf" (?:ce|cette|ces|son|sa|ses|le|la|les|leur) (?:\w+ )?{_SHOWN_PART}\b{_S}{{0,60}}?"
            rf"\b(?:(?:apres|au bout de) {_DURATION}|{_DURATION} (?:apres|plus tard|post[- ]?op\w*))"
        )
    ),
    # a patient shown at a time after her act: « là vous voyez Mme O., six mois après sa sleeve »
    Construction(
        regex_cache.compile(
            r"\b(?:vous voyez|on voit|voici|regardez|je vous presente|decouvrez) (?:ici )?"
            r"(?:mme|m\.|madame|monsieur|mlle|mademoiselle|notre patiente?|ma patiente?|cette patiente?"
            rf"|ce patient)\b{_S}{{0,80}}?\b{_DURATION} (?:apres|post[- ]?op\w*) (?:sa|son|ses|leur)\b"
        )
    ),
    # the same person at two times: « même patiente, 8 mois d'écart », « même nez, un an plus tard »
    Construction(
        regex_cache.compile(
            r"\bmeme (?:patiente?|personne|cliente?|visage|nez|profil|ventre|poitrine|silhouette|regard)\b"
            rf"{_S}{{0,30}}?\b{_DURATION} (?:d'ecart|d'intervalle|plus tard|apres|entre)"
        )
    ),
    # pictures of then and now: « leurs photos d'avant et de maintenant »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\b{_S}{{0,20}}?\b(?:d')?avant\s*(?:et|/|vs\.?|->|→|,)\s*(?:de |d')?"
            r"(?:maintenant|aujourd'hui)\b"
        )
    ),
    # pictures of how patients looked before: « photos de leurs débuts à l'appui »
    Construction(
        regex_cache.compile(
            r"\b(?:photos?|images?|cliches?|videos?) (?:de |d')(?:leurs?|ses|son|sa|mes|nos) (?:tout )?"
            r"(?:debuts|premiers jours|anciens? (?:corps|visages?|silhouettes?|nez)|kilos en trop)\b"
        )
    ),
    # cases shown, then their result praised: « je vous montre trois tatouages traités, le jour de la
    # première séance puis au dernier contrôle : le résultat parle de lui-même »
    Construction(
        regex_cache.compile(
            r"\b(?:je vous montre|on vous montre|nous vous montrons|voici|voyez|regardez|decouvrez)\b"
            r"[^.!?\n]{0,160}?\b(?:le|les|leurs?|son|ses) resultats?"
            r" (?:parle\w* (?:d'eux|de lui|d'elles?)-memes?"
            r"|se passe\w* de commentaires?|saute\w* aux yeux)"
        )
    ),
    # a gallery or pictures of the same people before their act and some time after: « découvrez dans
    # notre galerie les mains de nos patients avant l'intervention et trois mois après »
    Construction(
        regex_cache.compile(
            r"\b(?:galeries?|photos?|images?|cliches?|decouvrez|voyez|regardez|admirez|montr\w*)\b"
            r"[^.!?\n]{0,60}?\bavant (?:l'|la |le |leur |son |sa |ses |leurs )?[\w-]+\s*(?:et|puis|,|/)\s*"
            rf"(?:a |au bout de )?{_DURATION} (?:apres|plus tard)\b"
        )
    ),
    # pictures shown before an act, then at a later time: « je vous montre leurs jambes avant le
    # traitement puis à 3 mois », « 12 regards photographiés le jour de la consultation puis six mois
    # après »
    Construction(
        regex_cache.compile(
            # (a set shown: « vous êtes photographiée avant puis à 3 mois » or « le Dr vous montre les
            # risques avant l'intervention puis à 1 mois » shows nobody)
            r"\b(?:galeries?|(?<!sont )(?<!seront )(?<!etes )photographiee?s|filmee?s"
            r"|(?:decouvrez|voyez|regardez|admirez|montr\w*)\b[^.!?\n]{0,50}?"
            rf"\b(?:patient\w*|operee?s|{_SHOWN_PART}|jambes|mains|regards|sourires|silhouettes|visages))\b"
            r"[^.!?\n]{0,60}?\b(?:avant (?:l'|la |le |leur |son |sa |ses |leurs )?[\w-]+"
            r"|le jour (?:de (?:la |l')?|du |d')(?:[\w-]+ ){0,2}?[\w-]+|le jour j)"
            rf"\s*,?\s*puis\s+(?:a |au bout de |apres )?{_DURATION}\b"
        )
    ),
    # results of other patients sent or shown: « voici 3 résultats de patientes qui avaient la même
    # poitrine que toi »
    Construction(
        regex_cache.compile(
            r"\b(?:voici|voila|je (?:vous |t'|te )(?:envoie|montre|partage)|regarde[zs]?|decouvre[zs]?)"
            r" (?:\d+|deux|trois|quatre|cinq|six|quelques|des|les) (?:\w+ )?(?:resultats?|photos?)"
            r" (?:de |d')(?:mes |nos )?(?:patient\w*|operee?s|clientes?)\b"
        )
    ),
    # a picture or body part at day zero, then at a later point: « profil J0 👉 profil M6 », « visage à
    # J0, puis le même à J30 », « mon ventre à S0 puis S6 »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_PICTURE}|{_SHOWN_PART})\b{_S}{{0,20}}?\b[jsm]\s?(?:0|-\s?1)\b{_S}{{0,30}}?"
            rf"(?:{_VERSUS}|\bpuis\b){_S}{{0,30}}?\b[jsm]\s?\+?\s?[1-9]\d*\b"
        )
    ),
    # pre- and post-operative pictures or X-rays put out (« radios pré et post-op ci-dessous »), not
    # those taken for the record (« des photos pré et post-opératoires sont prises »)
    Construction(
        regex_cache.compile(
            rf"\b(?:{_PICTURE}|radios?|radiographies?)\b{_S}{{0,20}}?\bpre\s?-?\s?(?:op\w*)?\s*(?:et|/|-|&)\s*"
            r"post[- ]?op\w*\b(?! (?:sont|seront) (?:prises|realisees|faites|conservees|archivees))"
        )
    ),
    # pictures of the day of the act, then later: « photos du jour de l'opération puis à 6 mois »
    Construction(
        regex_cache.compile(
            rf"\b{_PICTURE}\b{_S}{{0,30}}?\b(?:du|le) jour (?:de (?:la |l')?|du |d')[\w-]+\s*,?\s*puis\s+"
            rf"(?:a |au bout de |apres )?{_DURATION}\b"
        )
    ),
    # then and now, side by side: « sa silhouette il y a un an et aujourd'hui », « photos de profil côte
    # à côte », « la photo de ses 50 ans à côté, pour comparer » (not « les images pour comparer
    # l'évolution d'une lésion »), « voilà ce que donne la couronne de Mehdi, un an plus tard »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_PICTURE}|{_SHOWN_PART})\b{_S}{{0,20}}?\bil y a {_DURATION}"
            r" et (?:aujourd'hui|maintenant)\b"
            rf"|\b(?:{_PICTURE}|{_SHOWN_PART})s?\b{_S}{{0,30}}?\bcote a cote\b"
            rf"|\b{_PICTURE}\b{_S}{{0,40}}?\ba cote,? pour (?:comparer|la comparaison)\b"
            rf"|\b(?:voila|voici) ce que (?:donne|donnent)\b{_S}{{0,60}}?\b{_DURATION} (?:plus tard|apres)\b"
        )
    ),
    # a page's pictures labelled before and after in their markup: « alt="Avant — …" », then
    # « alt="Après 6 mois" », or the files « x-avant.jpg » and « x-apres.jpg »
    Construction(regex_cache.compile(rf"{_LABEL}\s*avant\b[\s\S]{{0,300}}?{_LABEL}\s*apres\b")),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Before/after presentations of results."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
