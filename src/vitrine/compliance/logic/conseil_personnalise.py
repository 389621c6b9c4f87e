"""``conseil-personnalise`` as constructions: clinical advice or a clinical decision for one person.

Everywhere, advice addressed to someone in particular:
- a judgement on the addressee's own body (« ta cicatrice est hypertrophique », « votre œdème
  me semble normal »), or one drawn from what they sent (« vu ta photo », « au vu de la photo
  que vous m'avez envoyée »);
- a reply to an @account followed by care instructions (« @julie vu ta photo : masse-la »).

In a private ``message`` (or a review reply), any clinical advice: a recommended product or care
(« je vous conseille l'huile X », « pensez aux bains de lumière bleue »), a schedule (« à prendre
1 mois avant l'opé »), a go/no-go (« on peut maintenir l'opération lundi »), a diagnosis
(« ce n'est pas infecté »), a prognosis on the addressee's body (« votre cicatrice disparaîtra »,
« votre greffe date de 4 mois, à ce stade… »), a care given a therapeutic purpose (« essayez les
ventouses, ça aide à résorber »), an instruction relayed from the doctor (« le docteur m'a dit que
vous pouviez arrêter le collyre »). The practice's own products are promotion, not advice.
Logistics and redirections to a consultation stay compliant through the rule's ``unless_sentence``.
"""

from __future__ import annotations

import dataclasses
import functools

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.logic.people import known_first_name
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"
_PRIVATE = frozenset({"message", "avis-reponse"})

_BODY = words(
    r"cicatrices?|nez|peau|oedemes?|hematomes?|bleus?|gonflements?|plaies?|poitrine|seins?|ventre|paupieres?",
    r"levres?|cernes|rides|capsules?|protheses?|implants?|cuisses?|bras|fesses?|visage|rougeurs?|boules?",
    r"symptomes?|douleurs?|fievre|ecoulements?|points?|fils|pansements?|drains?|asymetrie|croutes?",
    r"nausees?|vomissements?|constipation|crampes?|vertiges?|maux de (?:tete|ventre)|migraines?|mollets?",
    r"ptosis|cataracte|myopie|calvitie|golfes?|tonsure|grain de beaute|taches?|vergetures?|cellulite",
    # what a patient feels after an operation (« votre gêne sous le bras »)
    r"genes?|tiraillements?|picotements?|demangeaisons?|engourdissements?|fourmillements?|sensibilite",
)
_JUDGEMENT = words(
    r"hypertrophiques?|cheloides?|infectee?s?|inflammatoires?|enflammee?s?|normale?s?|benins?|benignes?",
    r"graves?|rien de grave|capsulee?s?|asymetriques?|cicatrisee?s?|rouges?|en bonne voie|ok|nickel",
    r"parfaite?s?|bien (?:cicatrisee?s?|partie?s?|placee?s?|evoluee?s?)|sans gravite|inquietante?s?",
    r"un (?:seroma|hematome|oedeme|granulome|keloide)|une (?:infection|allergie|reaction|capsulite)",
    r"rien d'(?:inquietant|anormal|alarmant|grave)|(?:pas|plus) inquietante?s?",
    r"legere?s?|minimes?|moderee?s?|debutante?s?|importante?s?|severes?|avancee?s?",
)
# An ordinary course declared of the addressee's own body (« votre gêne est banale »): a verdict in a
# reply, but on a page « votre œdème est habituel les premiers jours » speaks to every reader.
_ORDINARY = words(r"banale?s?|banaux|habituel(?:le)?s?|attendue?s?|classiques?|frequente?s?")
# Diagnoses that need no body part to be clinical (« ce n'est pas infecté »); « ce n'est pas grave »
# alone is also said of a late arrival.
_DIAGNOSIS = words(
    r"infectee?s?|inflammatoires?|enflammee?s?|hypertrophiques?|cheloides?|capsulee?s?|bien cicatrisee?s?",
    r"benins?|benignes?|un (?:seroma|hematome|oedeme|granulome|keloide)|une (?:infection|allergie|capsulite)",
)
_COPULA = (
    r"(?:est|sont|a l'air|ont l'air|semble\w*|parai\w*|me (?:semble|parai)\w*|n'est pas|ne semble pas"
    r"|n'a|n'ont)"
)
_SEEN = words(
    r"vu|d'apres|au vu de|a voir|en voyant|sur|selon|a la vue de|avec",
)
_SENT = words(
    r"(?:ta|votre|tes|vos) (?:\w+ )?(?:photos?(?! de profil)|descriptions?|images?|cliches?|selfies?|videos?"
    r"|explications?)",
    r"(?:la|les|cette|ces) (?:photos?|images?|cliches?|videos?)"
    r" (?:que (?:vous|tu) (?:m'|nous )?\w+|envoyee?s?|recue?s?|postee?s?|partagee?s?)",
    r"ce que (?:vous|tu) (?:me )?(?:decrivez|decris|montrez|montres|dites|dis)",
    r"ce que (?:vous|tu) (?:m'|nous )?(?:avez|as) (?:montre|envoye|decrit|dit|poste|partage|filme)",
)
_CARE_VERB = words(
    r"masse[zr]?|mets|mettez|applique[zr]?|prends|prenez|evite[zr]?|porte[zr]?|garde[zr]?|continue[zr]?",
    r"arrete[zr]?|bois|buvez|dors|dormez|pose[zr]?|nettoie[zr]?|desinfecte[zr]?|laisse[zr]?|change[zr]?",
    r"lave[zr]?|rince[zr]?",
    r"commence[zr]?(?! par)|essaie[zr]?|essayez|teste[zr]?|utilise[zr]?|attends|attendez",
    r"passe[zr]? (?:a|aux|au)|surveille[zr]?|hydratez|protegez|stop(?:pe[zr]?)?|faites|fais",
    # the second person's present as an instruction (« tu le pinces-roules 3 min matin et soir »)
    r"pince[sz]?-roule[sz]?|masses|appliques|couvre[sz]?",
)
_CARE = words(
    r"huiles?|cremes?|pommades?|baumes?|gels?|pansements?|silicone|vitamines?|complements?|gelules?",
    r"arnica|glace|compresses?|gaine|brassiere|soutien-gorge|massages?|drainages?|bains?|lumiere|laser",
    r"seances?|cures?|comprimes?|antalgiques?|antibiotiques?|anti-?inflammatoires?|doliprane|paracetamol",
    r"ibuprofene|serums?|patchs?|cicatrisant\w*|tisanes?|homeopathie|collyres?|gouttes?|larmes artificielles",
    r"ventouses?|minoxidil|finasteride|lotions?|shampo\w+|sprays?|panty|contention|manchons?|\d+(?:[.,]\d+)?\s?(?:%|mg|ml)",
    r"tacrolimus|protopic",
    # wound closure and drugs a patient takes by name (« des steri-strips », « ton Kardégic »)
    r"steri-?strips?|strips|sparadraps?|tramadol|codeine|morphine|aspirine|kardegic|anticoagulants?",
    r"antiagregants?|anti-?histaminiques?|corticoides?|cortisone|pilule",
    # homeopathic doses (« 5 granules d'arnica »)
    r"granules?",
    # sun protection of a scar or a treated skin (« arrêtez les UV », « évitez le soleil »)
    r"uv|soleil|ecran (?:total|solaire)|protection solaire|expositions? (?:solaires?|au soleil)",
    # compression, injections, contraception and digestive drugs (« mettez vos bas », « passe au
    # préservatif », « un antinauséeux avant chaque repas »)
    r"bas de (?:contention|compression)|(?<=(?:vos|tes|les|des|ses) )bas|piqures?|preservatifs?",
    r"contraception",
    r"contraceptifs?|antinause\w*|anti-nause\w*|antiemetiques?|laxatifs?|smecta|spasfon|motilium|omeprazole",
    # stomach protectors after a bariatric operation (« passer à l'Inexium 40 »)
    r"inexium|esomeprazole|pantoprazole|lansoprazole|rabeprazole|mopral|eupantol|ogast|ipp"
    r"|inhibiteurs? de la pompe a protons",
    # prescription drugs of dermatology and aesthetic surgery named by their molecule or brand
    r"isotretinoine|roaccutane|curacne|tretinoine|retinoides?|hydroquinone|spironolactone|doxycycline",
    r"amoxicilline|fucidine|eliquis|xarelto|previscan|heparine|lovenox|levothyrox",
    r"traitement (?:anticoagulant|hormonal)",
)
# The textures of a diet resumed after an operation (« passer au mouliné », « reprendre les morceaux »)
_DIET = words(
    r"mouline|moulinee?s?|mixee?s?|morceaux|purees?|compotes?|solides|liquides|textures?",
    r"alimentation (?:liquide|mixee|moulinee|normale|solide)",
)
# Acts a decision can name: « c'est le lifting cervico-facial », « ce sera une blépharo ».
_ACT_NAME = (
    r"(?:\w+plastie|\w+pexie|\w+ectomie|blepharo|abdo|rhino|lifting|lipo\w*|greffe|injections?|toxine"
    r"|botox|acide hyaluronique|fils(?: tenseurs?)?|protheses?|implants?|chirurgie|operation|intervention"
    r"|peeling|laser|lipofilling|mini-lifting"
    # refractive and dental acts (« fais un implant multifocal, pas de LASIK »)
    r"|lasik|femto-?lasik|pkr|smile|implants? (?:multifocaux|multifocal|dentaires?|intraoculaires?)"
    # bariatric acts (« vous êtes éligible au bypass »)
    r"|bypass|by-pass|sleeve|anneau gastrique|ballon (?:gastrique|intragastrique))"
)
# Acts a reply can say yes or no to.
_ACT = r"(?:greffe|operation|intervention|injections?|chirurgie|rhinoplastie|lifting|lipo\w*|l'op\w*)"
_SCHEDULE = (
    r"(?:(?:\d+|deux|trois|quatre|plusieurs) fois par (?:jour|semaine)|\d+ ?x ?/ ?j(?:our)?\b|matin et soir"
    r"|jour et nuit"
    r"|pendant \d+ (?:jours|semaines|mois)"
    r"|\d+ (?:jours|semaines|mois) avant"
    # a daily routine: « massez tous les jours », « chaque soir », « quotidiennement »
    r"|tous les (?:jours|matins|soirs)|chaque (?:jour|matin|soir)|quotidiennement"
    # « mets de l'huile d'amande douce le soir » (not « le soir du 12 », « le soir même »)
    r"|(?:le|les) (?:soirs?|matins?)(?! (?:du|de|d'|meme|ou)\b)"
    r"|(?:avant|apres|pendant|a) (?:chaque|les|le) repas|au coucher"
    r"|toutes les \d+ ?(?:h|heures)\b)"
)

# One commenter answered in public: « réponse à ton commentaire », « réponse à @lea_bzh »
_COMMENTER = r"(?:(?:ton|ta|votre) (?:commentaire|question|message)\b|@[\w.]+)"
# One person who asked, pointed at without a name: « pour toi qui demandais », « @toi qui demandes »,
# « pour répondre à la membre qui… », « une personne m'écrit », « je vois la question de Maëlle »
_ONE_WHO_ASKED = (
    r"(?:\bpour (?:toi|vous) qui (?:me )?(?:demand|ecri|pos|parl)\w*|@toi qui"
    r"|\bpour repondre a (?:la|le|celle|celui|cette|ce) (?:\w+ )?"
    r"(?:qui|membre|personne|maman|abonnee?|lectrice|lecteur)\b"
    r"|\bje vois (?:ta|la) question (?:de|d')"
    # « Quelqu'un me demande dans le chat », « je réponds à la personne qui demande », « Réponse à la
    # maman qui demandait », « pour toi qui m'écris en live »
    r"|\b(?:quelqu'un|une personne|la personne|une maman|un papa|une abonnee?|un abonne|une lectrice"
    r"|un lecteur)\s+(?:me|m'|nous)\s*(?:demande|ecrit|pose)"
    r"|\b(?:je reponds|reponse) a (?:la|le|celle|celui) (?:personne|maman|papa|abonnee?|membre) qui"
    r"|\bpour (?:toi|vous) qui m'(?:ecris|ecrivez|as ecrit|avez ecrit)"
    # a live or on-air question taken up: « Marc, tu demandes si tu peux… », « Jessica, 22 ans, qui me
    # demande si elle peut… », « une question de Julien, 35 ans : »
    # (not « vous vous demandez si… », everyone's question)
    r"|\b(?<!vous )(?<!te )(?:tu|vous) (?:me |nous )?demande[sz]? si\b|\bqui (?:me|nous) demande si\b"
    # a viewer named in a live: « @tiphaine_33 me demande si… », « Marion demande en live si… »
    r"|@[\w.]+ (?:me |nous )?demande (?:en live |en commentaire |dans le chat )?si\b"
    r"|\b(?!(?:on|elle|il)\b)[a-z][\w-]+ (?:me |nous )?demande en live si\b"
    r"|\b(?:une |la )?question (?:suivante,? )?(?:de|d') ?[a-z][\w-]+,? \d+ ans\b[^.!?\n]{0,80}?:"
    r"|\b(?!(?:monde|gens|patientes?|patients|vous|on|tout|elles?|ils?|on|beaucoup)\b)[a-z][\w-]+"
    r" (?:me|nous) (?:demande|ecrit)\s*:)"
)
# A go/no-go or a treatment decided for that commenter
_REPLY_DECISION = words(
    r"attends|attendez|il (?:te|vous) (?:faut|faudra)|(?:ne )?(?:te|vous) (?:fais|faites) pas operer",
    r"pas la peine (?:de|d') ?(?:tenter|faire|te faire|vous faire|essayer|refaire|operer)",
    r"pense[zs]? (?:a|aux) (?:une?|l'|la|le|des)\s?\w+",
    r"(?:est|sont) a (?:extraire|operer|retirer|enlever|refaire|reprendre|devitaliser|soigner|changer"
    r"|traiter)",
    r"enleve[zs]? (?:la|le|les|ta|ton|tes|votre|vos) (?:\w+ )?"
    r"(?:gaine|brassiere|pansements?|attelle|drains?|fils|points)",
    # an act chosen for the commenter in the imperative: « fais un implant multifocal » (« je fais le
    # LASIK ? » quoted from the comment is their question)
    r"(?<!je )(?:fais|faites|opte[zs]? pour|choisis|choisissez|pars sur|partez sur) (?:plutot )?"
    rf"(?:une?|le|la|l'|les|des|du) ?(?:\w+ )?{_ACT_NAME}",
)

_EVERYWHERE = (
    # a judgement on the addressee's own body
    Construction(
        # (where it lies may stand between: « votre gêne sous la paupière est classique »)
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) {_BODY}\s+(?:\w+\s+){{0,3}}?{_COPULA}\s+(?:\w+\s+)?{_JUDGEMENT}\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a judgement drawn from what they sent; « d'après ce que vous décrivez » is the addressee's own
    # account, not someone else's words reported
    Construction(
        regex_cache.compile(rf"\b{_SEEN} {_SENT}\b{_S}{{0,80}}?[,:;]"), ignore=frozenset({"reported"})
    ),
    # what their body part looks like (« ta tache qui a changé de couleur ressemble à une kératose »)
    Construction(
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) {_BODY}\b{_S}{{0,40}}?\b(?:ressembl\w* a|evoque\w*|fait penser a)"
            r" (?:une?|du|de la|des|l')"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a go/no-go for the addressee (« Pour toi c'est non tant que tu fumes »)
    Construction(
        regex_cache.compile(
            # (« pour vous, c'est possible de régler en trois fois » is logistics)
            r"\bpour (?:toi|vous)(?:,| c'est|, c'est) (?:non|oui|jouable|trop tot|pas jouable|niet"
            r"|contre-indique)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # one commenter answered with a verdict on their case: « À celui qui demande dans les
    # commentaires : votre golfe frontal se regreffe très bien, 2500 greffons suffiront »
    Construction(
        regex_cache.compile(
            r"\b(?:a|pour) (?:celui|celle|la personne|l'internaute|l'abonnee?|la patiente|le patient) qui"
            r" (?:me )?(?:m'a |a )?(?:demand|pos|ecri|interroge)\w*\b[^\n]{0,60}?[:,]\s*[^\n]{0,100}?"
            rf"\b(?:(?:votre|ton|ta|vos|tes) {_BODY}\b|suffir\w+|il (?:te|vous) (?:faut|faudra)"
            r"|(?:vous|tu) (?:pouvez|peux|devez|dois)\b)"
        ),
        ignore=frozenset({"negation", "reported", "meta"}),
    ),
    # a verdict drawn from the addressee's own body or picture: « vu ton ventre après deux
    # grossesses, c'est une abdo complète qu'il te faut », « avec ton profil tu n'as pas besoin de… »,
    # « … vu ta photo », « vu la photo, le fil vous pouvez le couper »
    Construction(
        regex_cache.compile(
            r"\b(?:vu|d'apres|au vu de|a la vue de) (?:ta|ton|tes|votre|vos)"
            # (a profile picture, « vu ta photo de profil », is an avatar, not a picture sent for an opinion)
            r" (?:photos?(?! de profil)|videos?|ventre|nez|profil|morpho\w*|silhouette|peau|cicatrices?|age"
            r"|poids|dossier"
            r"|bilan|radios?|irm)\b"
            r"|\bavec (?:ton|votre) profil\b|\bvu la photo\s*[,:]"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a reply to one person's comment followed by a care instruction: « Réponse à ton commentaire :
    # … passe au minoxidil 5 % deux fois par jour »
    Construction(
        regex_cache.compile(
            rf"\b(?:reponse a|pour repondre a) {_COMMENTER}"
            r"[^\n]{0,160}?"
            rf"\b{_CARE_VERB}\b{_S}{{0,40}}?\b{_CARE}"
        )
    ),
    # a reply to one person's comment followed by a go/no-go: « Pour répondre à ton commentaire sur
    # ta bosse : à 19 ans, attends encore deux ans avant de te faire opérer »
    Construction(
        regex_cache.compile(
            r"\b(?:reponse(?: (?:en )?video)? |pour repondre )"
            r"(?:a (?:ton|ta|votre|ce|cette) |au )(?:commentaire|question|message)\b"
            # (a header line may stand before the answer: « [Réponse vidéo au commentaire « … »] »)
            r"(?:[^\n]|\n(?!\s*\n)){0,140}?"
            rf"\b(?:{_REPLY_DECISION}|(?:tu|vous) (?:peux|pouvez|dois|devez))\b"
            # (« vous pouvez signer le devis », « tu peux retrouver la vidéo » are logistics)
            r"(?! (?:\w+ )?(?:signer|regler|payer|reserver|retrouver|trouver|lire|regarder|voir|telecharger"
            r"|cliquer|nous|m'|me|prendre (?:rendez-vous|rdv)|appeler|ecrire|contacter)\b)"
        ),
        ignore=frozenset({"negation"}),
    ),
    # one person who asked, answered in public with a care or a decision: « Pour toi qui demandais pour
    # ta cicatrice qui gratte : commence les massages 2 fois par jour », « Pour répondre à la membre
    # qui a une boule dans la lèvre : massez fort », « Une personne m'écrit : « … » Bon, là il faut la
    # changer »
    Construction(
        regex_cache.compile(
            rf"{_ONE_WHO_ASKED}[^\n]{{0,200}}?(?:\b{_CARE_VERB}(?:-(?:la|le|les|en|y))?\b{_S}{{0,40}}?\b{_CARE}"
            rf"|\b{_CARE_VERB}(?:-(?:la|le|les|en|y))?\b{_S}{{0,30}}?\b{_SCHEDULE}"
            rf"|\b(?:{_REPLY_DECISION})\b"
            r"|\bil (?:te |vous )?faut (?:la|le|les) (?:changer|retirer|enlever|operer|reprendre|refaire)"
            r"|\bfais-toi (?:poser|faire|injecter|operer|prescrire)"
            # a go/no-go for that person: « Toi, oui », « pas dans votre situation », « faisable chez toi »
            r"|\b(?:toi|vous),? (?:c'est )?(?:oui|non)\b|\bpas dans (?:votre|ta) situation\b"
            # « non, tu attends J+21 », « Alors Julien, non : tu arrêtes », « aucun souci, foncez »
            r"|\b(?:non|oui)\s*[,:!]\s*(?:tu|vous|toi)\b|\bfoncez\b|\bfonce(?= sur\b|\s*[!,.]|$)"
            # « oui, fais-le cette semaine », « il faut d'abord perdre six kilos, je ne t'opérerai pas avant »
            r"|\b(?:oui|non),? fais-le\b|\bil (?:te |vous )?faut d'abord (?:perdre|arreter|attendre)\b"
            r"|\bje ne (?:t'|vous )opererai pas\b"
            r"|\bje (?:te |vous )?dirais (?:oui|non)\b|\bdans (?:ton|votre) cas,? (?:c'est )?(?:oui|non)\b"
            r"|\bpour (?:toi|vous),? c'est (?:simple|oui|non|clair)\b"
            r"|\b(?:t'es|tu es|vous etes) (?:le |la |un |une )?(?:bonne? )?candidate? (?:parfaite?|ideale?)\b"
            r"|\best faisable chez (?:toi|vous)|\bpeut attendre (?:ses|son|sa|\d)"
            r"|\bdemande(?:z)? a (?:ton|ta|votre) (?:gyneco\w*|medecin|generaliste|dermato\w*|pharmacien\w*)"
            r" (?:une?|des|le|la)\b)"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the same decision for an @account: « Réponse à @karim : la 36 est à extraire », « Réponse à
    # @sonia : tu peux reprendre la salle » (« tu peux retrouver la vidéo en bio » is no decision)
    Construction(
        regex_cache.compile(
            r"\b(?:reponse a|pour repondre a) @[\w.]+"
            rf"[^\n]{{0,120}}?\b(?:{_REPLY_DECISION}|(?:tu|vous) (?:peux|pouvez|dois|devez) (?:\w+ )?"
            r"(?:reprendre|te faire|vous faire|arreter|enlever|retirer|prendre|mettre|masser|commencer"
            r"|attendre|operer|poser|injecter|garder|porter|refaire))\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # an @account told when to stop or start a care: « @marie ne prends pas ton Kardégic la veille,
    # arrête-le 5 jours avant » (a negated instruction is still one)
    Construction(
        regex_cache.compile(
            rf"@[\w.]+{_S}{{0,120}}?\b{_CARE_VERB}(?:-(?:la|le|les|en|y))?\b{_S}{{0,40}}?\b{_SCHEDULE}"
        ),
        ignore=frozenset({"negation"}),
    ),
    # an act chosen for one person (the addressee or the person asked about): « Votre lectrice qui
    # hésite ? Pour elle, clairement, c'est le lifting », « pour toi ce sera une blépharo »
    Construction(
        regex_cache.compile(
            # (the addressee's figures may stand between: « pour toi (67 kg, 1m60), je partirais sur… »)
            r"\bpour (?:toi|vous|elle|lui)(?:\s?\([^()\n]{0,40}\))?\s?,?"
            r"(?: (?:clairement|franchement|honnetement|a mon avis|perso\w*"
            r"|sans hesiter|sans hesitation|plutot|sans doute),?)?"
            # the chosen act, named with a definite article (« c'est une intervention de deux heures »
            # describes; « c'est le lifting » chooses)
            r" (?:(?:c'est|ce sera|ce serait|ca sera) (?:plutot |clairement |surement |sans doute )?"
            r"(?:la|le|l') ?"
            r"|(?:il faut|il faudra|il faudrait|je conseille|je recommande|je partirais (?:plutot )?sur"
            r"|j'opterais (?:plutot )?pour|je verrais)"
            r" (?:plutot |clairement |surement |sans doute )?(?:une?|la|le|l'|les|des) ?)"
            rf"(?:\w+ )?{_ACT_NAME}\b"
        ),
        ignore=frozenset({"negation", "hypothesis"}),
    ),
    # a reply dictated for one person who asked: « Dis-lui oui pour la marche mais pas de pecs
    # avant 6 semaines », « réponds-lui qu'elle garde sa brassière »
    Construction(
        regex_cache.compile(
            r"\b(?:dis|dites|reponds|repondez|ecris|ecrivez|explique|expliquez|conseille|conseillez)-(?:lui|leur)"
            # (a yes or a no on something clinical: « dites-lui non, pas d'acte gratuit » refuses a favour)
            rf"\s?:? (?:(?:que |qu')?(?:oui|non)\b(?={_S}{{0,80}}?\b(?:{_CARE}|{_ACT_NAME}|{_BODY}"
            r"|sport|marche|piscine|douche|bain|avion|soleil"
            r"|(?:avant|apres|pendant) (?:\d+|un|une|deux|trois|six) \w+)\b)"
            rf"|(?:de |d'|que |qu')(?:\w+ ){{0,2}}?(?:{_CARE_VERB}|peut|peux|doit|attendre|reprendre"
            r"|arreter)\b)"
        ),
        ignore=frozenset({"negation", "hypothesis"}),
    ),
    # the addressee judged a candidate for an act: « vous êtes un très bon candidat », « tu n'es pas
    # une bonne candidate à la lipo »
    Construction(
        regex_cache.compile(
            # (judged: « si vous êtes candidat, parlez-en à un médecin » judges no one)
            r"\b(?:vous etes|tu es|vous n'etes pas|tu n'es pas) (?:un |une )?"
            r"(?:tres |excellente? |parfaite? |assez |plutot )?"
            r"(?:bonne?|mauvaise?|excellente?|parfaite?|bon|mauvais)"
            r" candidate?s?\b"
        ),
        ignore=frozenset({"negation", "reported"}),
    ),
    # an act judged suitable or not for the addressee: « une greffe n'est plus conseillée pour vous »
    Construction(
        regex_cache.compile(
            r"\b(?:conseillee?s?|recommandee?s?|indiquee?s?|contre-indiquee?s?|deconseillee?s?)"
            r" (?:pour vous|pour toi|dans votre cas|dans ton cas)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # « pour ton cas, une blépharoplastie serait idéale »
    Construction(
        regex_cache.compile(
            rf"\b(?:pour|dans|vu) (?:ton|votre) cas\b{_S}{{0,60}}?\b(?:serait|conviendrait|suffirait|faudrait"
            r"|ideale?|il (?:te|vous) faut|je (?:te |vous )?(?:conseille|recommande|verrais|partirais))"
        )
    ),
    # an @account answered with care instructions
    Construction(
        regex_cache.compile(
            rf"@[\w.]+{_S}{{0,80}}?\b{_CARE_VERB}(?:-(?:la|le|les|en|y))?\b{_S}{{0,50}}?\b{_CARE}\b"
        ),
        ignore=frozenset({"negation"}),  # « @marie ne prends pas ton Kardégic » is an instruction
    ),
    # the practitioner's decision for the addressee: « je ne vous opérerais pas », « je te conseillerais… »
    Construction(
        regex_cache.compile(
            r"\bje (?:ne )?(?:vous|te|t') ?(?:opererais|injecterais|conseillerais|deconseillerais"
            r"|proposerais|recommanderais|prescrirais)\b"
            # a colleague or a place advised against is no clinical decision
            r"(?!\s+(?:le|la|ce|cette|cet)\s+(?:dr|docteur|pr|confrere|chirurgien|cabinet|clinique|centre|praticien))"
        ),
        ignore=frozenset({"negation", "hypothesis"}),
    ),
    # a named relative's case decided: « pour votre fille de 16 ans, la réduction peut se faire »
    Construction(
        regex_cache.compile(
            r"\bpour (?:votre|ta|ton) (?:fille|fils|enfant|ado\w*|garcon)\s+de\s+\d+\s+ans\b"
            rf"{_S}{{0,80}}?\b(?:peut|pourra|peuvent|doit|devra|faut|faudra|attendre|pas besoin)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
)
# An @account answered with a verdict for them: « @chloe chez toi ce sera prothèse + lipofilling »,
# « un peu de toxine suffira, pas besoin de chirurgie pour toi ». Judged without the bare invitation
# « venez me voir » among the redirections: after a verdict it invites, it does not redirect
# (« @Sandrine un peeling suffira pour vos taches, venez me voir »).
_ACCOUNT_VERDICT = Construction(
    regex_cache.compile(
        # (« @Mélanie R. à trois semaines… »: the initial's full stop ends no sentence)
        rf"@[\w.]+(?:\s[a-z]\.)?{_S}{{0,120}}?\b(?:chez (?:toi|vous),? ce sera|(?:te|vous) suffira|suffira\b"
        r"|(?:oui|non),? (?:tu|vous) (?:peux|pouvez|dois|devez)\b|(?:ta|votre|ton) morphologie"
        r"|pas besoin (?:de |d')\s?\w+ pour (?:toi|vous)|il (?:te|vous) (?:faut|faudra|faudrait)"
        # a decision or a care for the account answered: « @Julien il faut opérer », « @thomas tu peux
        # reprendre le foot dès la semaine prochaine », « @karim t'as besoin de 4000 greffons », « @laure
        # perdez 15 kg et on en reparle », « @paulo avant ton opération, fais un jeûne »
        r"|il faut (?:operer|l'operer|t'operer|vous operer|extraire|l'extraire|reprendre|greffer)"
        r"|(?:tu|vous) (?:peux|pouvez) (?:deja |tout a fait |sans souci )?"
        r"(?:reprendre|recommencer|arreter|enlever|retirer|te raser|vous raser|te maquiller|vous maquiller)"
        r"|(?:t'as|tu as|vous avez) besoin (?:de|d') (?:\d|une?\b|la\b|le\b|l')"
        r"|perde[zs] (?:\d|quelques|du poids)"
        r"|fais(?:-toi)? (?:un|une|des) (?:jeune|cure|bilan|injection|seance)"
        r"|\b(?:aucune?|pas de) [^.!?\n]{0,40}?\bavant (?:\d+|deux|trois|quatre|six|huit|quinze)"
        r" (?:jours|semaines|mois)"
        # « tu peux remettre du mascara », « je déconseille formellement les injections », « pas d'avion »,
        # « zéro ibuprofène », « une seringue devrait suffire », « pas plus de 300 cc », « Prends du
        # Movicol, 2 sachets ce soir »
        r"|(?:tu|vous) (?:peux|pouvez) (?:deja |tout a fait |sans souci )?(?:remettre|commencer)"
        r"|deconseille\w* (?:formellement |fortement |vivement |clairement )?(?:les|la|l'|le|de|d'|une?) ?"
        r"(?:\w+ )?(?:injections?|chirurgie|operation|intervention|greffe|lipo\w*|rhino\w*|abdo\w*|laser"
        r"|peeling|botox|protheses?|implants?|lifting|sport|avion|pilule|bain|piscine)"
        r"|\bpas d'avion|\bzero (?:ibuprofene|aspirine|anti-inflammatoire)"
        r"|\b(?:une seringue|\d+ (?:cc|ml|seances?)) (?:devrait|devraient) suffire"
        r"|\bpas plus de \d+ ?(?:cc|ml|unites)"
        # « le mieux c'est 1 ml de chaque côté », « une lipo ne fera rien pour toi »
        r"|\ble mieux (?:c'est|serait|pour (?:toi|vous))\b[^.!?\n]{0,30}?\b\d+ ?"
        r"(?:ml|cc|unites|seringues?|seances?)"
        r"|\b(?:lipo\w*|injections?|chirurgie|laser|cremes?|operation|botox|fillers?|implants?|rhino\w*|peeling)\b"
        r"[^.!?\n]{0,20}\bne (?:fera|changera|servira) (?:rien|a rien) pour (?:toi|vous)\b"
        r"|\b(?:prends|prenez|mets|mettez)\b[^.!?\n]{0,40}?\b\d+ (?:sachets?|gouttes|comprimes?|mg|gelules?))"
    ),
    ignore=frozenset({"negation"}),  # « non, aucun rasage avant 15 jours » is an instruction
)
_INVITATION = "|venez (?:me|nous) voir"

# A decision drawn from the addressee's own medical history, in a reply or a message: « oui avec vos
# antécédents de phlébite il faudra une injection d'anticoagulant ». On a page or in the press,
# « vous » is every reader (« avec votre traitement, il faudra l'arrêter avant »).
_ADDRESSED = frozenset({"site", "presse"})
_HISTORY_DECISION = Construction(
    regex_cache.compile(
        r"\bavec (?:vos|tes|votre|ton) (?:antecedents?|allergies?|traitements?|pathologies?|maladies?|diabete"
        rf"|hypertension|tension|poids|imc|tabagisme)\b{_S}{{0,60}}?"
        r"\b(?:il (?:te |vous )?(?:faut|faudra|faudrait)|(?:vous|tu) (?:devez|devrez|dois|devras|pouvez|peux)"
        # the addressee judged eligible: « avec votre diabète vous êtes dans les clous pour une sleeve »
        r"|(?:vous etes|tu es) (?:(?:bien|tout a fait|largement) )?(?:dans les clous|eligibles?|operables?"
        r"|dans les criteres)"
        r"|(?:on|je) (?:vous |te )?(?:fera|ferai|mettra|mettrai|prescri\w*|donnera|donnerai|deconseille\w*"
        r"|conseille\w*|opere\w*))\b"
    ),
    ignore=frozenset({"negation"}),
)


# A verdict drawn from the addressee's own case or pictures is advice even when it ends on a promise
# (« dans votre cas, vu vos photos, une séance suffira, je vous le promets »): the promise adds
# ``garantie-resultat``, it does not turn the advice into reassurance.
_PERSONAL_CUES = (
    Construction(
        regex_cache.compile(rf"\b{_SEEN} {_SENT}\b{_S}{{0,80}}?[,:;]"), ignore=frozenset({"reported"})
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?:dans|pour|vu) (?:ton|votre) cas\b{_S}{{0,80}}?\b(?:une?|deux|trois|quatre|\d+)"
            rf" (?:seule )?(?:seances?|injections?|sessions?|{_ACT_NAME})\b"
        )
    ),
)
# A dose to take is advice even beside a promise (« avec moi vous n'aurez aucun bleu, c'est certain 😊
# Prenez juste 5 granules d'arnica la veille »): judged, in a private exchange, without the promise
# among the sentence exceptions.
_DOSED = Construction(
    regex_cache.compile(
        rf"\b{_CARE_VERB}\b(?: juste| seulement| bien| plutot)?"
        r" (?:\d+|une?|deux|trois|quatre|cinq|six|dix)"
        r" (?:granules?|comprimes?|gelules?|gouttes|sachets?|doses?"
        r"|cuilleres?|pulverisations?)\b"
    ),
    ignore=frozenset({"reported"}),
)
# A care given with its schedule is advice even when the same sentence adds where to go if it goes
# wrong (« donnez-lui du paracétamol toutes les 6 heures, et s'il saigne, filez aux urgences »): judged,
# in a private exchange, without the emergency services among the redirections.
_SCHEDULED = (
    # a dosage with a schedule and no verb: « 3 gouttes matin et soir »
    Construction(regex_cache.compile(rf"\b{_CARE}\b{_S}{{0,30}}?\b{_SCHEDULE}")),
    Construction(regex_cache.compile(rf"\b{_CARE_VERB}(?:-(?:la|le|les|en|y))?\b{_S}{{0,50}}?\b{_SCHEDULE}")),
)
_EMERGENCY = "|le 15\\b|samu|urgences?"
_PROMISE = "(?:garantis|promets)"


@functools.cache
def _without_promise(rule: Rule) -> Rule:
    """``rule`` whose sentence exceptions no longer take a promise for mere reassurance."""
    kept = tuple(p for p in rule.unless_sentence if _PROMISE not in p.pattern)
    return dataclasses.replace(rule, unless_sentence=kept)


@functools.cache
def _without_emergency(rule: Rule) -> Rule:
    """``rule`` whose sentence exceptions no longer count the emergency services as a redirection."""
    patterns = tuple(
        regex_cache.compile(p.pattern.replace(_EMERGENCY, ""), p.flags) for p in rule.unless_sentence
    )
    return dataclasses.replace(rule, unless_sentence=patterns)


@functools.cache
def _without_invitation(rule: Rule) -> Rule:
    """``rule`` whose sentence exceptions no longer count a bare invitation as a redirection."""
    patterns = tuple(
        regex_cache.compile(p.pattern.replace(_INVITATION, ""), p.flags) for p in rule.unless_sentence
    )
    return dataclasses.replace(rule, unless_sentence=patterns)


_PRIVATE_ONLY = (
    # a no-go, a choice of act or an aptitude given to the one answered: « pas de laser épilation pour
    # toi maintenant », « la greffe de cheveux c'est non », « pour toi ce serait plutôt un lifting
    # temporal », « tu as exactement le profil », « n'envisage aucune intervention tant que… »
    Construction(
        regex_cache.compile(
            rf"\bpas de (?:[\w-]+ ){{0,2}}?{_ACT_NAME}\w*(?: [\w-]+)? pour (?:toi|vous)\b"
            rf"|\b{_ACT_NAME}\w*(?: [\w-]+){{0,3}}?,? c'est non\b"
            r"(?![^.!?\n]{0,40}\b(?:quel(?:le)? que soit|pour tou(?:s|tes|t le monde)|comme pour tou\w*"
            r"|regle))"
            rf"|\bpour (?:toi|vous),? ce serait (?:plutot )?(?:une?|le|la|l')\s?(?:[\w-]+ )?{_ACT_NAME}"
            # (the profile for an act, or alone at the clause's end: not « le profil pour le poste »)
            r"|\b(?:tu as|vous avez) (?:exactement |tout a fait |vraiment )?le profil"
            r"(?: (?:ideal|parfait))?(?:\s*(?:[!.,…]|$)|\s+[^\w\s]"
            rf"| pour (?:une?|la|le|l')\s?(?:[\w-]+ )?{_ACT_NAME})"
            r"|\bn'envisage[zs]? aucune? (?:intervention|operation|chirurgie|injection|acte)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the addressee judged eligible for a named act: « vous êtes éligible au bypass »
    Construction(
        regex_cache.compile(
            r"\b(?:vous etes|tu es) (?:(?:bien|tout a fait|largement|donc|deja) )?(?:eligibles?|operables?"
            r"|dans les (?:criteres|clous)) (?:a|au|aux|pour) (?:une?|la|le|l'|les)? ?(?:\w+ )?"
            rf"{_ACT_NAME}\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the addressee's course declared normal at its stage: « rassurez-vous, à ce stade tout est
    # parfaitement normal », « à trois semaines, c'est tout à fait attendu »
    Construction(
        regex_cache.compile(
            r"\b(?:rassurez-vous|rassure-toi|(?:a ce stade"
            r"|a j\s?\+?\s?\d+|a (?:\d+|deux|trois|quatre|cinq|six|huit|dix) (?:jours|semaines|mois)"
            r"(?: (?:post-?op\w*|(?:de|d'|apres) ?(?:votre|ton|ta|la|le|l'|vos|tes)? ?"
            # (three weeks from an appointment is no stage of a recovery)
            r"(?!rendez-vous|rdv|consultation|commande|paiement|devis)[\w-]+))?))\b[ ,:]*"
            r"(?:a ce stade,? |pour l'instant,? |pour le moment,? )?"
            r"(?:tout est|c'est|cela est|ca reste|tout reste|tout cela est|ce que (?:vous|tu) \w+ est)"
            r" (?:(?:parfaitement|tout a fait|completement|bien|tres|encore) ){0,2}"
            r"(?:normale?s?|attendue?s?|habituel(?:le)?s?|classiques?|banale?s?|logiques?|dans les normes)\b"
            # (« c'est normal que le remboursement prenne 15 jours » is about paperwork)
            r"(?! (?:que|qu') (?:le|la|les|votre|vos|ton|ta|tes) (?:remboursement|facture|dossier|devis"
            r"|delai|rendez-vous|rdv|paiement|courrier|mutuelle|secretariat))"
            r"(?! (?:dans|pour|sur|cote) (?:votre|ton|le|la|les|vos) (?:dossier|compte|espace|demande"
            r"|paiement|facture|devis|administratif))"
            r"(?! (?:de|d') ?(?:recevoir|avoir recu|ne pas avoir recu|attendre (?:le|la|un|une|votre)))"
        ),
        ignore=frozenset({"negation"}),
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) {_BODY}\s+(?:\w+\s+){{0,3}}?{_COPULA}\s+(?:\w+\s+)?{_ORDINARY}\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a prognosis on the addressee's own body: « votre cicatrice disparaîtra totalement »
    Construction(
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) (?:{_BODY}|greffe|repousse|resultat)\b\s+(?:\w+\s+)?"
            r"(?:va|vont|devrai\w*|\w+(?:ra|ront)\b)(?<!sera)(?<!seront)"
        )
    ),
    # the addressee's own condition given its treatment: « votre cicatrice hypertrophique se traite
    # très bien par injections de corticoïdes »
    Construction(
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) {_BODY}\b(?:\s+\w+)?"
            r"\s+se (?:traite|soigne|corrige|reprend|rattrape)\w*"
            rf"\b{_S}{{0,30}}?\b(?:par|avec|grace a)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the addressee's own case judged against time: « votre greffe date de 4 mois, soyez patient »
    Construction(
        regex_cache.compile(
            rf"\b(?:ta|ton|tes|votre|vos) (?:{_BODY}|{_ACT}|repousse|resultat)\b"
            rf"{_S}{{0,80}}?\b(?:a ce stade|soyez patiente?s?|sois patiente?|encore (?:trop )?tot)\b"
        )
    ),
    # a care done on a body part named by a pronoun: « massez-la », « appliquez-en matin et soir »
    Construction(
        regex_cache.compile(
            r"\b(?:massez|masse|appliquez|applique|hydratez|hydrate|protegez|protege|nettoyez|nettoie"
            r"|desinfectez|desinfecte|couvrez|couvre|laissez-la|laissez-le)-(?:la|le|les|en|y)\b"
        ),
        ignore=frozenset({"reported"}),
    ),
    # a care with a therapeutic purpose: « essayez les ventouses, ça aide à résorber l'œdème »
    Construction(
        regex_cache.compile(
            r"\b(?:essay\w*|test\w*|utilis\w*|appliqu\w*|mett\w*|faites|fais)\b"
            rf"{_S}{{0,60}}?\b(?:(?:ca|cela|qui) (?:aide\w*|soulage\w*|permet\w* de (?:resorber|degonfler))"
            r"|pour (?:bien )?(?:resorber|soulager|degonfler|calmer|attenuer|reduire|diminuer))\b"
        )
    ),
    # a relayed instruction is still one: « le docteur m'a dit que vous pouviez arrêter le collyre »;
    # so is a forbidden one: « vous ne devez pas reprendre l'isotrétinoïne avant »
    Construction(
        regex_cache.compile(
            r"\b(?:vous|tu|(?:votre|ton|ta) (?:epouse|femme|mari|conjointe?|compagnon|compagne|fille|fils"
            r"|mere|pere|enfant|ami|amie)) (?:ne |n')?(?:pouv\w+|pourr\w+|peu[tx]|dev\w+|doi\w+) (?:\w+ )?"
            r"(?:arreter|reprendre|passer (?:a|aux|au)|remplacer|diminuer|augmenter|prendre|commencer"
            r"|monter (?:a|jusqu'a)|aller jusqu'a|descendre a)\b"
            rf"{_S}{{0,40}}?\b(?:{_CARE}|{_DIET})"
        ),
        ignore=frozenset({"reported", "negation"}),
    ),
    # a care relayed in the infinitive: « le Dr dit de prendre deux comprimés de paracétamol »
    Construction(
        regex_cache.compile(
            r"\b(?:de|d') ?(?:bien )?(?:prendre|mettre|appliquer|masser|porter|garder|arreter|reprendre"
            rf"|continuer|eviter|commencer|passer (?:a|au|aux))\b{_S}{{0,40}}?\b{_CARE}\b"
        ),
        ignore=frozenset({"reported"}),
    ),
    # the doctor's yes or no relayed: « le Dr dit oui, mettez vos bas » (a slot or a quote agreed
    # to is logistics)
    Construction(
        regex_cache.compile(
            r"\b(?:le (?:dr|docteur|chirurgien|praticien)(?: [\w-]+)?|il|elle) (?:dit|a dit|repond|a repondu"
            r"|confirme|valide) (?:que c'est )?(?:oui|non|ok|d'accord)\b"
            r"(?! pour (?:le|la|les|votre|vos|ce|cette) (?:rendez-vous|rdv|creneau|devis|date|horaire|report"
            r"|facture|paiement))"
        ),
        ignore=frozenset({"reported"}),
    ),
    # a recommended product or care
    Construction(
        regex_cache.compile(
            r"\b(?:je (?:vous |te )?(?:conseille|recommande|suggere|prescris|preconise)\w*"
            r"|pensez (?:aussi )?a(?:ux| la| le| l')?"
            rf"|essayez|testez|optez pour|privilegiez)\b{_S}{{0,40}}?\b{_CARE}\b"
        )
    ),
    Construction(
        regex_cache.compile(rf"\b{_CARE}\b{_S}{{0,60}}?\b(?:a prendre|a appliquer|a masser|a mettre)\b")
    ),
    # an act foretold for the addressee's own body part: « concernant votre genou, une arthroscopie
    # sera sans doute nécessaire »
    Construction(
        regex_cache.compile(
            r"\b(?:concernant|pour|quant a|s'agissant de) (?:votre|ton|ta|vos|tes) \w+\b[^.!?\n]{0,30}?"
            r"\b(?:une?|l'|la|le) (?:nouvelle |petite )?(?:\w+(?:plastie|scopie|tomie|ectomie|graphie)"
            rf"|{_ACT}|reprise|ponction|infiltration|irm|radio|biopsie|retouche)\b{_S}{{0,20}}?"
            r"\b(?:sera|serait|est|semble|parait) (?:sans doute |probablement |certainement |surement )?"
            r"(?:necessaire|suffisante?|indiquee?|inevitable|a prevoir|a envisager|a programmer)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a quantity or an act judged enough for the addressee: « 4 000 greffons suffiront », « une
    # séance suffira » (relayed or not)
    Construction(
        regex_cache.compile(
            r"\b(?:\d[\d\s.]*|une?|deux|trois|quatre|cinq) (?:\w+ ){0,2}?suffir(?:a|ont|ait|aient)\b"
        ),
        ignore=frozenset({"reported"}),
    ),
    # no need to come: a go/no-go by message (« pas la peine de venir », « inutile de revenir »)
    Construction(
        regex_cache.compile(
            r"\b(?:pas (?:la peine|besoin)|inutile) (?:de|d') ?(?:venir|revenir|passer|reconsulter|consulter"
            r"|vous deplacer|te deplacer)\b"
            # (« pas besoin de venir avec vos radios » is logistics)
            r"(?= ?(?:[,.;!)\n]|$| en consultation| au cabinet| (?:me|nous) voir| pour (?:ca|cela)))"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a dosage with a schedule and no verb: « 3 gouttes matin et soir »
    Construction(
        regex_cache.compile(
            rf"\b(?:a prendre|a appliquer|a masser|a mettre|a porter)\b{_S}{{0,20}}?\b{_SCHEDULE}"
        )
    ),
    # a dose changed, or a care instruction on the addressee's wound: « doublez la dose »,
    # « pour la croûte, laissez sécher »
    Construction(
        regex_cache.compile(
            r"\b(?:double|augmente|diminue|reduise|espace|rapproche|saute)[zr]?"
            r" (?:la |les |vos |votre |une )?"
            rf"(?:dose|doses|prises?|posologie|comprimes?|{_CARE})\b"
        )
    ),
    Construction(
        regex_cache.compile(
            rf"\bpour (?:la|le|les|l'|votre|vos|ta|ton|tes) ?{_BODY}\b"
            r"(?:\s+(?:apres|de|du|des|sur|autour|au|aux|a)\b[^.!?\n,:]{0,30})?[ ,:]+(?:ne |n')?"
            r"(?:\w+ez|prends|mets|fais|evite|garde|masse|applique|continue|arrete|bois|dors|porte)\b"
        ),
        ignore=frozenset({"reported"}),  # an instruction, whatever follows (« … rentrer dans l'ordre »)
    ),
    # a medical device removed by the patient: « retirez-le vous-même », « enlevez les fils »
    Construction(
        regex_cache.compile(
            r"\b(?:retire|enleve|ote|coupe)[zr]?(?:-(?:le|la|les))?\s+(?:(?:vous|toi)-memes?"
            r"|(?:le|la|les|vos|votre|tes|ton|ta) (?:\w+ )?(?:drains?|fils|points|agrafes|meches?|sondes?"
            r"|attelles?|steri-?strips?|strips))\b"
        ),
        ignore=frozenset({"reported"}),
    ),
    # a care to keep up: « continuez les séances », « gardez la gaine »
    Construction(
        regex_cache.compile(
            rf"\b{_CARE_VERB}\b (?:les|la|le|l'|vos|votre|ces|cette|ce|des|du|de la|une?) ?{_CARE}\b"
        ),
        ignore=frozenset({"reported"}),  # an instruction, whatever follows (« tout rentrera dans l'ordre »)
    ),
    # a go/no-go
    Construction(
        regex_cache.compile(
            r"\b(?:on|nous|je|vous|tu) (?:peu\w+|pourr\w+|doi\w+|allons|va) (?:donc )?"
            r"(?:maintenir|garder|annuler"
            r"|operer|vous operer|t'operer|refaire|reprendre)\s+(?:\w+\s+)?"
            r"(?:l'operation|l'intervention|la chirurgie|l'injection|la seance|l'op[eé]?)\b"
        )
    ),
    Construction(
        regex_cache.compile(r"\b(?:pas de|aucune) contre-indications?\b"), ignore=frozenset({"negation"})
    ),
    # a go or a no-go for her: « pas besoin de blépharoplastie à ton âge », « une rhinoplastie médicale
    # suffira largement », « alors oui, tu peux remettre du mascara », « un lifting est tout à fait
    # envisageable pour vous »
    Construction(
        regex_cache.compile(
            r"\bpas besoin (?:de|d') ?(?:\w+ ){0,2}?(?:blepharo\w*|\w+plastie|\w+ectomie|chirurgie|bloc"
            r"|operation|operer|intervention|fils|irm|echo\w*|scanner|radio|protheses?|greffe|lifting|lipo\w*"
            r"|injections?|antibiotiques?|traitement)\b"
            r"|\b(?:\w+plastie|\w+ectomie|injections?|seances?|lifting|laser|traitement|peeling|retouche)\b"
            r"[^.!?\n]{0,40}?\bsuffir(?:a|ont|ait|aient)\b"
            r"|\b(?:oui|non),? (?:tu peux|vous pouvez) (?:deja |tout a fait |sans probleme )?(?:remettre"
            r"|reprendre|recommencer|arreter|masser|(?:te |vous )?doucher|porter|retirer|enlever|appliquer"
            r"|prendre|faire)\b"
            r"|\b(?:tout a fait |parfaitement )?envisageable pour (?:toi|vous)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the addressee's symptom, then the care without a verb: « pour l'hématome sur la fesse après votre
    # BBL : arnica et glace »
    Construction(
        regex_cache.compile(
            r"\bpour (?:l'|le |la |les |vos |votre |ton |ta |tes )"
            r"(?:hematome|oedeme|gonflement|bleu|cicatrice|douleur|rougeur|croute|demangeaison|boule|durete|ecchymose)s?\b[^.!?\n]{0,60}?:\s*"
            rf"(?:de l'|de la |du |des |la |le |les |l')?{_CARE}\b"
        ),
    ),
    # a diagnosis
    Construction(
        regex_cache.compile(
            r"\b(?:c'est|ce n'est pas|ca n'est pas|ca a l'air|ca semble|cela semble|ce n'est)\s+"
            rf"(?:\w+\s+)?{_DIAGNOSIS}\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # what their body part is, said to them: « ton grain de beauté qui a changé de couleur, c'est sûrement
    # rien », « tes cernes c'est un creux » (14 of 17 such texts in dev and batches 93-140; not the
    # object of a complaint: « venir vous plaindre de votre cicatrice, c'est un peu fort »)
    Construction(
        regex_cache.compile(
            rf"(?<!\bde )\b(?:ta|ton|tes|votre|vos) {_BODY}\b{_S}{{0,60}}?"
            r"\bc'est (?:surement|sans doute|probablement|juste|seulement|rien|une?|du|de la)\b(?! peu\b)"
        ),
        ignore=frozenset({"negation"}),
    ),
)


# A public reply that opens by addressing one named person (« Bonjour Patricia, », « Chère Madame, »,
# « @Jessica P. … », « Bonjour Mme Léa Barbier, ») speaks to that person as a private message would:
# the rule's « named or addressed person on a public channel ». « Bonjour à tous », « Cher confrère »,
# « Hello Instagram ! » address no patient; on ``autre`` (briefs, agency mails, internal notes) the
# person greeted is a colleague, and on ``site`` or in the press « vous » is every reader.
_VOCATIVE = regex_cache.compile(
    # « Réponse à @jujuu_ : … », « [Réponse au commentaire de @camille] » answer that one account
    r"\A\W*(?:[Rr][ée]ponse|[Jj]e r[ée]ponds|[Rr][ée]ponse au commentaire de|Replying to)"
    # (« Réponse en story à @julie_mrs »)
    r"(?:\s+en (?:story|live|commentaire|dm|mp|vid[ée]o))?\s+(?:(?:a|à)\s+)?@\w|"
    # « En réponse à votre message public, Mme Chen : … » answers that one person
    r"\A\W*(?:En )?[Rr][ée]ponse (?:a|à) (?:votre|ton|ta) (?:message|commentaire|question|avis)\b"
    r"[^\n:]{0,40}?"
    r"(?:Madame|Monsieur|Mademoiselle|Mme|Mlle|M\.)(?=[\s,!:])"
    # « Pour ta question en DM @zoe.lrx : … »
    r"|\A\W*(?:[Pp]our|[Ee]n r[ée]ponse (?:a|à)) (?:ta|ton|votre) (?:question|message|commentaire)"
    r"(?: (?:en|par) (?:dm|DM|mp|MP|story|live|commentaire|message))?,? @\w"
    r"|\A\s*@\w|\A\W*(?:Bonjour|Bonsoir|Hello|Coucou|Salut|Cher|Chère)\s+"
    r"(?:(?:Madame|Monsieur|Mademoiselle|Mme|Mlle|M\.)(?=[\s,!:])"
    r"|(?!(?:Docteur|Dr|Confr[eè]re|Consœur|Cons[oœ]eur|Chers|Chères|Tous|Toutes|Instagram|Facebook"
    r"|Linkedin|Youtube|Twitter|Bluesky|Tiktok|Insta|Team|Equipe|Équipe)\b)"
    r"[A-ZÉÈ][a-zéèëïîç]+(?:-[A-ZÉÈ][a-zéèëïîç]+)?\s*[,!:])"
)


# A public reply may also open on the bare first name of the person answered (« Nadia, … »),
# when that word is a known first name (« Attention, … », « Rappel : » are not).
_BARE_NAME = regex_cache.compile(r"\A\W*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*,")


# A chatbot's or answering machine's script: labelled like what it makes the bot say to the patient
# who wrote or called (« Script chatbot du site — si le patient écrit … → réponse : … »).
_BOT_SCRIPT = regex_cache.compile(
    r"\b(?:scripts?|scenarios?|arbres?|parcours|reponses? types?)\b[^\n]{0,40}?"
    r"\b(?:chat-?bot|bot|assistant virtuel|agent conversationnel|repondeur|messagerie vocale)\b"
    r"|\b(?:chat-?bot|bot|assistant virtuel|agent conversationnel)\b[^\n]{0,80}?\b(?:repond|reponse)\w*"
    # a messaging group of patients answered by the practice (« [Groupe WhatsApp « Patientes sleeve
    # mars »] Secrétariat : … »)
    r"|\b(?:groupe|liste de diffusion|boucle|conversation)\s+(?:whatsapp|messenger|signal|telegram|sms)\b"
    r"[^\n]{0,40}?\b(?:patient\w*|operee?s|clientes?)"
)


# A live or a Q&A answering one named viewer: « [Live TikTok] @tiphaine_33 me demande si… », « Marion
# demande en live si elle peut… », « Question de @cindy_lbh : … »
_NAMED_ASKER = regex_cache.compile(
    r"(?:@[\w.]+|\b(?!(?:Elle|Il|On|Chacune?|Personne|Tout|Toutes|Tous)\b)[A-ZÀ-Ý][a-zà-ÿ]+)"
    r"\s+(?:me |nous )?demande (?:en live |en commentaire |dans le chat )?"
    r"si (?:elle|il|je) (?:peut|pourrait|a le temps|doit)\b"
    r"|\b[Qq]uestion de @[\w.]+\s*:"
    # (« @lea.bzh demande : « je peux refaire de la muscu… » »)
    r"|@[\w.]+\s+(?:me |nous )?demande\s*:"
)


def _speaks_to_one(context: Context) -> bool:
    """Whether the text is a private exchange or a public reply to one named person."""
    if context.channel in _PRIVATE:
        return True
    if context.channel == "autre" and _BOT_SCRIPT.search(context.folded.text) is not None:
        return True
    if context.channel in _ADDRESSED or context.channel == "autre":
        return False
    if _VOCATIVE.search(context.plain.text) is not None or _NAMED_ASKER.search(context.plain.text):
        return True
    bare = _BARE_NAME.match(context.plain.text)
    return bare is not None and all(known_first_name(part) for part in bare.group(1).split("-"))


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Clinical advice or decisions addressed to one person, or given in a private message."""
    constructions = _EVERYWHERE + (_PRIVATE_ONLY if _speaks_to_one(context) else ())
    constructions += () if context.channel in _ADDRESSED else (_HISTORY_DECISION,)
    found = construction_candidates(context, rule, constructions)
    found += [
        candidate
        for candidate in construction_candidates(context, _without_invitation(rule), (_ACCOUNT_VERDICT,))
        if not any(c.start < candidate.end and c.end > candidate.start for c in found)
    ]
    if _speaks_to_one(context):
        found += [
            candidate
            for candidate in construction_candidates(context, _without_emergency(rule), _SCHEDULED)
            if not any(c.start < candidate.end and c.end > candidate.start for c in found)
        ]
    cues = _PERSONAL_CUES + ((_DOSED,) if _speaks_to_one(context) else ())
    if context.channel not in _ADDRESSED:
        found += [
            candidate
            for candidate in construction_candidates(context, _without_promise(rule), cues)
            if not any(c.start < candidate.end and c.end > candidate.start for c in found)
        ]
    return found
