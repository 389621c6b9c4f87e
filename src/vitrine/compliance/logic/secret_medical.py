"""``secret-medical`` beyond word lists: a named person tied to care, a third person (a spouse, « le
joueur », « la petite fille ») said to have been operated or treated, a public post addressing a
patient about her own care, or a review reply that confirms the reviewer's care, visit or payment.

Internal documents (a note, an operating list, a letter to a colleague) share the secret among
carers: a named patient there is ``donnees-patient`` only.
"""

from __future__ import annotations

import dataclasses
import re

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, enclosing, words
from vitrine.compliance.logic.donnees_patient import NAMED_PROCEDURE
from vitrine.compliance.logic.people import FIRST_NAME, NOTABLE_ROLE, identifying_entities
from vitrine.compliance.model import PUBLIC_CHANNELS
from vitrine.compliance.nlp import Sentence
from vitrine.compliance.qualifiers import hypothesis_before, is_meta, is_reported
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string

_CARE = regex_cache.compile(
    r"\b(?:opere\w*|operation\w*|intervention\w*|chirurgi\w+|patiente?s?|reconstruction|lipo\w*|rhino\w*"
    r"|abdomino\w*|blepharo\w*|mammaire\w*|lifting|paupieres?|injecte\w*|injections?|implants?|protheses?"
    r"|greffe\w*|hospitalis\w+|soigne\w*|cicatri\w+|suites|bloc|parcours|augmentation|reduction|bbl|botox"
    r"|otoplastie|nez|seins?|poitrine|traite\w*|consult\w*|suivie?s?|pris\w* en charge|recue?s? (?:au|en|a)"
    r"|greffe|acide hyaluronique|lipofilling|opes?|adressage|cure d\w*|bypass|sleeve|anneau gastrique"
    r"|facettes|\w*plasties?|\w+ectomies?|j ?\+ ?\d+"
    # treatments of other specialties and their length: « après 18 mois de gouttières »
    r"|gouttieres|bagues|orthodont\w*|varices|sclerotherapie|cataracte|amygdal\w*|ligaments? croises?"
    r"|menisques?|canal carpien|hernies?|(?:apres|depuis) \d+ (?:mois|semaines|ans) de (?:traitement|soins"
    r"|\w+)"
    # a change of her body shown: « le nouveau sourire de Lucie », « son avant/après »
    r"|nouve(?:au|l|lle)s? (?:sourire|nez|visage|regard|ventre|menton|profil|poitrine|seins|silhouette"
    r"|levres)"
    r"|avant ?/ ?apres|avant-apres|beforeafter|avantapres"
    # her ears, her follow-up visit at a delay, her case presented, her reoperation: « au contrôle des
    # 1 an de ses oreilles », « j'ai présenté le cas de M. X, repris pour pseudarthrose »
    r"|oreilles|controles? (?:des?|du|a|post-?op\w*) ?\d*|(?:le|du|au) cas (?:clinique )?(?:de|d')"
    r"|repris\w* (?:pour|au bloc)|pseudarthrose|fractures?"
    # a hand rebuilt under the microscope, a cleft lip repaired, a bone seen healing on an X-ray
    r"|reconstrui\w+ (?:la|le|les|sa|son|ses|une?) (?:main|mains|sein|seins|poitrine|nez|visage|levre|oreille"
    r"|doigt|pouce|machoire|cuir chevelu|paupiere)|\d+ ?h(?:eures?)? de microchirurgie"
    r"|fentes? labiale?s?|bec-de-lievre|consolidation"
    r"|radios? (?:de|du|des) (?:poignet|genou|main|hanche|cheville|epaule|thorax|coude|pied|bassin)"
    # her file at the practice, her sessions of a treatment: « votre dossier n° … a été transmis »,
    # « votre prochaine séance de PRP » (not « la séance photo »)
    r"|(?:votre|vos|son|ses|ton|tes|leur) dossiers?(?! de presse| special| thematique)"
    r"|dossier (?:medical|patient)"
    r"|seances? (?:de |d')(?!photo|dedicace|questions|shooting|tournage|signature)\w+)\b"
)
_REPLY_CARE = regex_cache.compile(
    r"\b(?:intervention|operation|operee?|chirurgie|consultations?|rendez-vous|rdv|suites|cicatrisation"
    r"|cicatrices?|hematome|oedemes?|douleurs?|soins|traitement|dossier|anesthesie|recue?|suivie?"
    r"|payee?|facture|devis|controle|pansements?|sejour|hospitalisation|implants?|protheses?|lipo\w*"
    r"|rhino\w*|abdomino\w*|blepharo\w*|\w+plastie|\w+ectomie|\w+pexie|lifting|injections?|bloc|retouche"
    r"|reprise|complications?"
    r"|infection|resultat|(?<!plein )nez|seins|poitrine|ventre|paupieres|tabagisme|ancien chirurgien"
    r"|opere[rz]?"
    r"|gonflement|gaine|bleus|ecchymoses?|fils|drains?|reglement|paiement|acompte|virement|compte est"
    r"|solde\w*|(?:tente|essaye) de vous (?:joindre|rappeler|contacter)"
    r"|rougeurs?|seances?|greffons?|sleeve|bypass|anneau gastrique|salle d'attente|infiltrations?"
    # her signed consent, her wait, the contact details she left: « le consentement que vous avez
    # signé », « parce que vous avez attendu 20 minutes », « l'adresse que vous nous avez laissée »
    r"|consentements?|vous (?:avez|aviez) (?:attendu|patiente)"
    r"|(?:que|qu') vous nous (?:avez|aviez) (?:laisse|donne|communique|transmis)e?s?"
    r"|vous (?:etes|etiez) arrivee?s?"
    # the appointments she missed, the instructions she ignored, the visit she was right to make, the
    # prescription she has: « le nombre de rendez-vous que vous avez annulés », « malgré nos consignes »,
    # « vous avez bien fait de venir nous voir », « prenez le paracétamol prescrit »
    r"|(?:(?<=rendez-vous )|(?<=rdv )|(?<=seances )|(?<=consultations ))(?:que|qu') vous (?:avez|aviez)"
    r" (?:annule|manque|decale|rate|oublie|reporte|decommande)e?s?"
    r"|(?:malgre|contre) (?:nos|mes) (?:consignes|conseils|recommandations)(?! d'| de )"
    r"|bien fait de (?:venir|passer) (?:nous|me) (?:voir|consulter|trouver)"
    r"(?! (?:au|a notre|a la) (?:salon|stand|forum|journee|soiree|conference|portes ouvertes))"
    r"|(?:le|la|les) (?:\w+ )?prescrite?s?"
    r"(?! par (?:votre|ton|un|une|le|la|son|sa) )"
    # her lateness, told with its figure: « quand on arrive avec 40 minutes de retard »
    r"|\d+ (?:minutes?|min|heures?|h) de retard"
    r"|(?:on|nous|je) vous (?:l')?(?:a|avons|ai|avait|avions) (?:propose|prescrit|conseille|pose|injecte"
    r"|opere|demande|donne|remis)e?s?|lasik|cataracte"
    r"|vous (?:etes|etiez|avez ete) (?:\w+ ){0,2}(?:patiente?|cliente?)"
    # the reviewer's conduct at the practice, her former surgeon, her post-op instructions, a diagnosis
    r"|votre (?:comportement|attitude|passage|venue|visite|retard|absence)"
    r"|(?:ancien|precedent|premier) chirurgien|chirurgien precedent|consignes post-?op\w*|seromes?"
    # the reviewer's symptoms taken up: « d'après ce que vous décrivez, il s'agit d'un sérome »
    r"|(?:(?:d'apres|au vu de|vu|selon) ce|douleurs?|gene|oedemes?|gonflements?|symptomes?|baisse \w+ \w+"
    r"|rougeurs?|sensations?|ecoulements?|bosses?|asymetries?|engourdissements?)"
    r" (?:que|qu') vous (?:decrivez|ressentez)"
    r"|se souvien\w+ (?:tres bien |bien )?de vous"
    # her condition or treated body named as hers: « ravi que vos varices ne soient plus qu'un souvenir »,
    # and her leaving the practice: « vous êtes reparti avec un genou qui fonctionne »
    r"|(?:votre|vos) (?:varices|cataracte|genou|hanche|epaule|ligaments?|menisque|canal carpien|hernie"
    r"|jambes|tendons?|oeil|yeux|cornee|bas de contention"
    r"|vue|dents|gencives|cheveux|calvitie|acne|taches|rides|cernes|kilos|poids)"
    r"|vous (?:etes|etiez) (?:re)?(?:parti|sorti|ressorti)e?s?"
    r"|(?:nous|je) vous (?:l'|les |en )?(?:avons|avions|ai|avais) (?:bien |deja )?"
    r"(?:dit|explique|indique|precise|prevenue?|appelee?|ecrit|envoye|vue?)"
    # her coming here and her place among those treated: « heureusement que vous êtes venue nous voir »,
    # « bien contente de nous trouver », « vous rejoignez la longue liste de nos opérées », « elles
    # seront aussi bien chouchoutées que vous », « le second temps de votre reconstruction »
    r"|vous (?:etes|etiez) venue?s? (?:nous|me) (?:voir|consulter|trouver)|de nous (?:trouver|avoir trouve)"
    r"|vous (?:rejoignez|faites (?:desormais |maintenant )?partie) [^.!?\n]{0,40}?\b(?:nos|des)"
    r" (?:\d[\d\s]* )?(?:operee?s|patiente?s|client\w*)"
    r"|aussi bien (?:\w+ )?(?:chouchoutee?s?|soignee?s?|accueillie?s?|operee?s?|suivie?s?) que vous"
    r"|(?:votre|ta) (?:\w+ ){0,2}?reconstruction|paupiere"
    # her before/after photos shown, her next session, a relative said cared for: « vos photos avant/après
    # sont sur notre compte », « sur votre prochain soin au cabinet », « votre amie a été prise en charge »
    r"|vos photos (?:avant|d'avant)|(?:votre|vos) prochaine?s? (?:soins?|seances?|injections?)"
    r"|(?:votre|vos) (?:amie?|proche|mere|fille|soeur|mari|epouse|femme|fils|pere|frere|conjointe?)s?"
    r" (?:a|ont) ete (?:prise?s? en charge|operee?s?|soignee?s?|traitee?s?|recue?s?))\b"
)
# A reply sentence that only offers help or speaks in general confirms nothing.
_REPLY_GENERIC = regex_cache.compile(
    r"\b(?:vous (?:proposer|propose|proposons)|nous vous invitons|n'hesitez pas|contacter le secretariat"
    r"|de maniere generale|en general|d'une maniere generale|a votre (?:disposition|ecoute)"
    r"|toute personne|tout patient|toute patiente|chacun|quiconque|aucune situation"
    # feedback noted: « nous avons pris note de votre remarque pour mieux informer en salle d'attente »
    r"|(?:pris|prenons) (?:bonne )?note de (?:votre|vos) (?:remarques?|retours?|avis|commentaires?|messages?)"
    r"|ni confirmer ni infirmer|(?:ne pouvons|ne pouvez|ne peut) (?:ni |pas )?(?:confirmer|commenter))\b"
)
# A care word with a generic determiner or subject speaks of no one: « pour la même intervention »,
# « une intervention », « où l'on opère à la chaîne ».
_GENERIC_BEFORE = regex_cache.compile(
    r"(?:\b(?:une?|toute?s?|chaque|la meme|le meme|les memes|d'une?|l'on|on|ils|elles|de|des|au|aux)\s+)$"
)
# (« rendez-vous » is nobody: « les rendez-vous sont reportés » speaks to no one)
_SECOND_PERSON = regex_cache.compile(r"(?<!rendez-)\b(?:vous|votre|vos|v')")
# The review itself is no care of the reviewer: « Votre avis … nous surprend : nos honoraires sont
# affichés en salle d'attente » speaks to her about the practice, not about her.
_THE_REVIEW = regex_cache.compile(
    r"\b(?:votre|vos) (?:avis|commentaires?|messages?|notes?|evaluations?|publications?|posts?)\b"
)
# Where we tried to reach the reviewer, or the contact she left us, confirms the relationship; once
# the reply publishes that number or e-mail, the reply is ``donnees-patient``'s, unless it also names
# her (« Madame Aurélie Dumas, nous avons tenté de vous joindre au 06… »).
_CONTACT_ONLY = regex_cache.compile(
    r"(?:tente|essaye) de vous (?:joindre|rappeler|contacter)"
    r"|(?:que|qu') vous nous (?:avez|aviez) (?:laisse|donne|communique|transmis)e?s?"
)
# A reply that recognises the reviewer as someone who came: « Ah, c'est la cliente qui voulait
# repartir avec son café gratuit ! »
_RECOGNISED = (
    # … or unmasks the reviewer as someone the practice knows: « l'auteur de cet avis est M. X, que
    # nous connaissons très bien »
    Construction(
        regex_cache.compile(
            # (a civility with its name: « Madame, les délais que nous connaissons bien » names no one)
            r"(?:\b(?:m\.|mme|madame|monsieur) ?[a-z][\w-]+|\b(?:cette (?:dame|personne|patiente|cliente)"
            r"|ce (?:monsieur|patient|client)|l'aut(?:eur|rice) de (?:cet|ce|cette) (?:avis|commentaire"
            r"|message))\b)"
            r"[^.!?\n]{0,80}?"
            r",? (?:que|qu') (?:nous|je|j'|on) (?:connaissons|connais|connait|avons (?:bien )?connue?"
            r"|ai (?:bien )?connue?) (?:tres |fort |parfaitement )?bien\b"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\b(?:c'est|c'etait|vous etes|vous etiez) (?:donc |bien |encore )?(?:la|le|cette|ce) "
            r"(?:patiente?|cliente?|dame|monsieur|personne|jeune (?:femme|homme))"
            # (what she did, not what anyone has: « c'est le patient qui a le dernier mot »)
            r" qui (?:voulait|avait|etait|est (?:venue?|partie?|arrivee?|revenue?)"
            r"|a (?:\w+ )?\w{2,}(?:e|i|u|is|it))\b"
        )
    ),
    # … or tells what she wanted: « venant de quelqu'un qui voulait ressembler à une poupée »
    Construction(
        regex_cache.compile(
            r"\b(?:quelqu'un|une personne|une patiente|un patient|une cliente|un client|celle|celui)"
            r" qui (?:voulait|souhaitait|revait|exigeait|reclamait|demandait)"
            r" (?:absolument |a tout prix )?(?:ressembler a|avoir (?:le|la|les|un|une|des) (?:\w+ )?"
            r"(?:nez|bouche|levres|seins|poitrine|fesses|corps|visage|ventre|silhouette)\b)"
        )
    ),
    # … or tells her where she should have gone instead of coming here: « si vous vouliez un nez de
    # star, il fallait aller à Hollywood, pas chez un chirurgien sérieux »
    Construction(
        regex_cache.compile(
            r"\b(?:fallait|aurait fallu|auriez du) (?:aller|consulter|vous adresser|choisir)\b[^.!?\n]{0,60}?"
            r"\b(?:ailleurs|pas (?:chez|ici))\b"
        ),
        ignore=frozenset({"hypothesis"}),
    ),
)
# The reviewer counted among the practice's rated patients: « Grâce à votre note, le cabinet franchit le
# cap des 600 avis cinq étoiles », « avec la vôtre, la clinique dépasse les 900 avis positifs » (corpus
# convention: ``temoignage`` and ``secret-medical``).
_COUNTED_AMONG = (
    Construction(
        regex_cache.compile(
            r"\b(?:avec|grace a) (?:la votre|la tienne|votre (?:note|evaluation|avis|etoile)s?"
            r"|vos (?:\d+|cinq) etoiles)"
            # (a count of two digits or more, not her own « 5 étoiles »)
            r"[^.!?\n]{0,80}?\b\d[\d .]*\d\s?(?:avis|evaluations|notes|etoiles)\b"
        )
    ),
)
# A mail sent to several patients with every address visible (« À : a@… ; b@… ; c@… ») tells each of
# them who else is treated, and for what.
_VISIBLE_RECIPIENTS = regex_cache.compile(
    r"^\W*(?:a|to|destinataires?|cc)\s*:\s*[^\n]*?[\w.+-]+@[\w-]+\.[\w.]+\s*[;,]\s*[\w.+-]+@[\w-]+\.[\w.]+",
    re.MULTILINE,
)
_ADDRESS = regex_cache.compile(r"([\w.+-]+)@[\w-]+\.[\w.]+")
# An organisation's mailbox is no patient (« accueil@…, compta@… » between colleagues).
_ROLE_MAILBOX = regex_cache.compile(
    r"(?:accueil|compta\w*|contact|secretariat|info|infos|rdv|direction|rh|admin|bloc|facturation|equipe"
    r"|cabinet|clinique|dr|docteur|noreply|no-reply)(?:[._-]\w+)?"
)


def _private_addresses(line: str) -> int:
    """How many addresses of the recipients' line are not an organisation's mailbox."""
    return sum(1 for local in _ADDRESS.findall(line) if not _ROLE_MAILBOX.fullmatch(local))


_PERSON_TYPES = frozenset({"PERSON"})
# Where staff write to staff: an internal document, or a message between colleagues.
_STAFF_CHANNELS = frozenset({"autre", "message"})
_INTERNAL = regex_cache.compile(
    r"\b(?:note interne|planning|programme (?:du )?bloc|courrier (?:au|a) (?:dr|pr|docteur|confrere)"
    r"|je vous adresse|cher confrere|chere consoeur|dossier n"
    r"|liste (?:de|des) (?:rappels|appels|patients|patientes)"
    r"|a (?:appeler|rappeler) (?:demain|aujourd'hui|avant)"
    # a note left for the desk, a patient's details passed to a carer: « Post-it secrétariat :
    # rappeler Mme X », « voici les coordonnées de la patiente pour la visite à domicile »
    r"|post-it|pense-bete|(?:rappeler|relancer|recontacter) (?:mme|m\.|madame|monsieur|mlle)"
    r"|coordonnees (?:de|du) (?:la |le |notre |ma |mon )?patiente?)\b"
    # one of the staff writing to another: « c'est Inès de l'accueil : la patiente du Dr Roux… »
    r"|\b(?:c'est|ici) [\w-]+ (?:de l'accueil|du secretariat|du bloc)\b"
    r"|\b(?:la|le) patiente? (?:du|de) (?:dr|docteur|pr)\b"
    # a note to a doctor relaying a patient's call: « Dr X — Mme Y a rappelé : … je lui dis de passer ? »
    r"|^\W*(?:dr|docteur|pr)\.? [\w-]+\s*[-—–:,]"
    r"|\b(?:a|m'a|nous a) (?:rappele|appele|telephone|laisse un message)\b[^\n]{0,120}?\bje lui (?:dis"
    r"|propose)\b"
    r"|\bnote (?:pour|au|a|a l'attention d[eu]) (?:la |le |l')?(?:dr|docteur|pr|docteure|chirurgien\w*"
    r"|equipe|secretariat|accueil|bloc)\b"
    # the desk chasing a payment, a mail to the lab: « Relance comptable — … », « Mail au labo : … »
    r"|^\W*(?:relance (?:comptable|paiement|facture|impaye)|mail (?:au|a l'|pour le) (?:labo|laboratoire))\b"
    # the theatre list, the staff meeting, the team's note, the practice's invoice to the patient:
    # « Liste bloc mardi 7h30 : », « Staff du lundi », « Note staff », « Ordre de passage : », « FACTURE n° »
    r"|\bnote (?:de )?bloc\b|\bfiche de liaison\b|^\W*compte rendu operatoire\b"
    r"|\b(?:liste|programme) (?:du )?bloc\b|\bstaff (?:du )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|matin|soir|hebdo\w*)\b|\bnote staff\b|\bordre de passage\b|^\W*facture\b"
)
# The care team's own channels: a call logged, a chat of the team, a case passed to the surgeon
# (« Appel 10h12 — Mme X… transmis au Dr Y », « [Chat équipe bloc] … »), unless what is asked is to
# publish her (« [WhatsApp cabinet / CM] tu peux booster le reel de Mme X ? »).
_CARE_TEAM = regex_cache.compile(
    r"^\W*(?:appel|message|msg|tel|telephone)\s+(?:de\s+)?\d{1,2}\s?h\d{0,2}\b"
    r"|^\W*a (?:rappeler|appeler|recontacter|relancer|programmer)\b"
    r"|^\W*(?:chat|fil|groupe|canal|whatsapp|slack|teams)\s+(?:de\s+l'|du\s+)?"
    r"(?:equipe|secretariat|bloc|accueil|infirmier\w*|soignant\w*|cabinet)\b"
    r"|\btransmise? (?:au|a la|a) (?:dr|docteur|pr|chirurgien\w*|medecin|infirmi\w+)\b"
    r"|\b(?:tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous) (?:rappeler|appeler|recontacter|joindre)\b"
)
_PUBLISHING = regex_cache.compile(
    r"\b(?:agence|cm|community manager|carrousel|reels?|story|stories|boost\w*|publi\w+|posts?|poster"
    r"|legende|instagram|tiktok|facebook|newsletter)\b"
)

# A name right after a product, a brand handle, a street or an association is not a patient
# (« le filler Volumax », « @Glowette », « avenue Jean-Jaurès », « l'association Rose Espoir »).
_NOT_A_PATIENT = regex_cache.compile(
    r"(?:huile|filler|spray|gaine|creme|serum|baume|gel|gamme|marque|de chez|@|partenaire officiel"
    r"|association|avenue|rue|boulevard|place|station|parking|allee|quai|laboratoires?|labo)"
    r"\W*(?:[\w-]+\W+){0,2}$"
)
_NEAR = r"[^.!?\n]{0,40}?"
_THIRD = words(
    r"epouse|mari|femme|conjointe?|compagne|compagnon|fille|fils|mere|pere|maman|papa|soeur|frere",
    r"amie?|voisine?|collegue|joueu(?:r|se)|chanteu(?:r|se)|actrice|acteur|animat(?:eur|rice)|star",
    r"influenceu(?:r|se)|ministre|enfant|bebe|garcon|sportif|sportive",
    # people known by their role: « le PDG d'un grand groupe », « le maire », « le pilier de l'Union »
    r"pdg|maire|deputee?|senat(?:eur|rice)|president(?:e)?|dirigeante?|patron(?:ne)?|directeur|directrice",
    r"pilier|capitaine|footballeu(?:r|se)|rugbyman|handballeu(?:r|se)|boxeu(?:r|se)|cycliste|nageu(?:r|se)",
    r"presentat(?:eur|rice)|youtubeu(?:r|se)|celebrite|personnalite|salariee?|employee?|copine|copain",
    # office holders and public figures: « une ancienne préfète de la région »
    r"(?:sous-)?prefete?|juge|procureure?|notaire|avocate?|journaliste|commissaire|ambassad(?:eur|rice)",
    r"eveque|recteur|rectrice|proviseure?|elue?|conseill(?:er|ere) (?:municipale?|regionale?|general)",
    r"comedien(?:ne)?|humoriste|mannequin|miss|entraineu(?:r|se)|tenniswoman|tennisman|skieu(?:r|se)",
    r"champion(?:ne)?|oratrice|orateur|conferenciere?",
)
# Those close to an adult patient, who have no right to her care unless she says so (a parent of a
# child does: « fils », « fille », « enfant » are not here).
_CLOSE = words(
    r"epouse|mari|femme|conjointe?|compagne|compagnon|mere|pere|maman|papa|soeur|frere|amie?|voisine?",
    r"(?:belle|beau|grand)-(?:mere|pere|soeur|frere)|grand-mere|grand-pere|tante|oncle|cousine?|collegue",
)
_TREATED = r"(?:operee?s?|hospitalisee?s?|soignee?s?|traitee?s?|prise?s? en charge|injectee?s?|suivie?s?)"
_BODY = (
    r"(?:nez|paupieres|levres|seins|poitrine|ventre|visage|oreilles|menton|cheveux|dents|yeux|regard"
    r"|silhouette|cou|bras|cuisses|fesses|rides|front|cernes|menton|pommettes|machoire|sourire|nombril)"
)
_CARE_NOUN = words(
    r"cicatrices?|controle|suivi|operation|ope|intervention|lipo\w*|rhino\w*|abdo\w*|blepharo\w*",
    r"implants?|protheses?|seins|poitrine|nez|paupieres|resultat|suites|pansements?|injections?|greffe",
    r"reconstruction|reduction mammaire|augmentation|lifting|bbl",
)
# Care done here, and the practice saying it did it (for « après ton peeling chez nous »)
_DONE = (
    r"(?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*|blepharo\w*|lifting|lipofilling|greffe"
    r"|injections?|peeling|implants?|protheses?|operation|intervention|bbl|botox|seances?)"
)
_WE_DID = (
    r"\b(?:qu'on|que nous|que je|que j') ?(?:t'|vous |l')?(?:a|avons|ai|avait|avions|avais)"
    r" (?:faite?s?|realisee?s?|posee?s?|injectee?s?)\b"
)
_PUBLIC_CONSTRUCTIONS = (
    # « votre épouse est bien opérée demain », « la petite fille opérée d'une fente labiale »
    Construction(
        regex_cache.compile(
            rf"\b(?:votre|ton|ta|sa|son|la|le|l'|cette|ce|notre)\s*(?:petite?\s+|jeune\s+)?{_THIRD}\b"
            rf"(?:[^.!?\n]{{0,30}}?\b(?:est|a ete|sera|etait|avait ete|a (?:bien|deja) ete)(?: bien| deja)?"
            rf"|[^.!?\n,]{{0,40}},)?"
            rf"\s+{_TREATED}\b"
        )
    ),
    # « j'ai refait les paupières de l'animateur », « opéré le nez du capitaine »
    Construction(
        regex_cache.compile(
            r"\b(?:opere|refait|fait|injecte|retouche|corrige|remodele|redessine|rajeuni|greffe)e?s?\s+"
            rf"(?:le|la|les|l')\s*{_BODY}\s+(?:du|de la|de l'|des|de notre|de mon|de ma|d'une?)\s*"
            rf"(?:[\w-]+\s+){{0,2}}?{_THIRD}\b"
        )
    ),
    # someone known said not to be a patient: « la chanteuse … n'est jamais passée entre nos mains »
    Construction(
        regex_cache.compile(
            rf"\b(?:la|le|l'|cette|ce|notre|votre)\s*(?:[\w-]+\s+)?{_THIRD}\b[^.!?\n]{{0,80}}?"
            r"\bn'(?:est|a|etait|avait) (?:jamais|pas|plus) (?:ete )?"
            r"(?:passee? (?:entre nos mains|entre mes mains|au cabinet|chez nous|par (?:notre|mon|le|la) \w+)"
            r"|venue?|operee?|soignee?|suivie?"
            # (« n'a jamais mis les pieds dans un bloc » mocks her ignorance: 0 of 28 such texts tell care)
            r"|(?:notre |ma )?(?:patiente?|cliente?)"
            r"|mis les pieds(?! dans (?:un|une|aucun|aucune) (?:bloc|salle d'op\w*|hopital|amphi\w*|fac\w*"
            r"|universite|ecole)\b))"
        )
    ),
    # a public figure whose stay is told a sentence later: « Vous avez vu la chanteuse du dernier
    # télé-crochet ? Je peux vous dire qu'elle est repartie très contente de sa rhinoplastie. »
    Construction(
        regex_cache.compile(
            rf"\b(?:la|le|l'|cette|ce|notre)\s*(?:[\w-]+\s+)?{NOTABLE_ROLE}\b[^\n]{{0,160}}?"
            r"\b(?:elle|il) (?:est|etait|a ete) (?:\w+ ){0,2}?(?:re)?(?:partie?|sortie?|ravie?|contente?"
            r"|satisfaite?|enchantee?|comblee?)\b[^.!?\n]{0,30}?\b(?:de|avec|par) (?:sa|son|ses) (?:\w+ )?"
            rf"{_CARE_NOUN}\b"
        )
    ),
    # a public figure known by a role, said to be treated or to have come for care: « opérer de la myopie
    # un présentateur météo très connu », « accompagné cet hiver le pilier star de l'AS… », « le demi de
    # mêlée de l'USAP … a été opéré », « la présidente du club de tennis, venue samedi pour ses injections »
    Construction(
        regex_cache.compile(
            r"\b(?:opere[rz]?|operee?s?|soigne[rz]?|injecte[rz]?|greffe[rz]?|traite[rz]?)\s+"
            rf"(?:[\w'-]+\s+){{0,3}}?(?:le|la|l'|un|une|notre)\s*(?:[\w-]+\s+)?{NOTABLE_ROLE}\b"
            r"|\baccompagne[rz]?\s+(?:[\w'-]+\s+){0,3}?(?:le|la|l'|un|une)\s*(?:[\w-]+\s+)?"
            rf"{NOTABLE_ROLE}\b[^.!?\n]{{0,60}}?\bdans (?:son|sa) (?:projet|parcours|transformation|demarche)"
            rf"|\b(?:le|la|l'|un|une|quel|quelle|notre|cette|ce)\s*(?:[\w-]+\s+)?{NOTABLE_ROLE}\b[^.!?\n]{{0,120}}?"
            r"\b(?:(?:a ete|est|sera|etait) (?:bien |deja )?"
            r"(?:operee?|hospitalisee?|pris en charge|prise en charge)"
            r"|(?:est |etait )?(?:passee?|venue?)\b[^.!?\n]{0,30}?\bpour (?:sa|son|ses|une?|des) )"
        )
    ),
    # one patient's anecdote told for laughs, or pinned by a day of her life: « storytime : la patiente
    # qui est venue pour son BBL … », « la cliente qui a fait sa lipo la veille de son mariage »
    Construction(
        regex_cache.compile(
            r"\b(?:storytime|anecdote|histoire vraie|true story)\b[^\n]{0,20}?\b(?:la|cette|une|le|ce|un)"
            r" (?:patiente?|cliente?|operee?) qui\b[^.!?\n]{0,80}?"
            rf"\b(?:sa|son|ses) (?:\w+ )?{_CARE_NOUN}\b"
            r"|\b(?:la|cette|le|ce) (?:patiente?|cliente?|operee?) qui (?:est venue?|etait venue?|a (?:\w+ )?"
            r"(?:fait|demande|voulu|programme|reserve))\b[^.!?\n]{0,60}?"
            r"\b(?:le lendemain|la veille|le jour|l'avant-veille|juste avant|juste apres|au retour)"
            r" (?:de|du) (?:son |sa )?(?:mariage|divorce|enterrement|anniversaire|bapteme|accouchement"
            r"|voyage de noces|pacs|elections?|bac)\b"
        )
    ),
    # a patient's post reposted with her handle and her procedure: « Repost @lea : « … mon nouveau nez » »
    Construction(
        regex_cache.compile(
            r"\b(?:repost\w*|regram\w*|partage de|story de)\W+@[\w.]+[^\n]{0,200}?"
            rf"\b(?:mon|ma|mes)\s+(?:nouveaux?\s+|nouvelles?\s+)?{_CARE_NOUN}\b"
        )
    ),
    # one patient singled out: « petit message à celle qui a annulé sa rhinoplastie »
    # (or what she tells of it: « à la patiente qui raconte partout que je l'ai mal endormie pour sa lipo »)
    Construction(
        regex_cache.compile(
            r"\b(?:a|pour|au) (?:celle|celui|la personne|la patiente|le patient|patiente?|la cliente"
            r"|le client) qui (?:a|avait|est|etait"
            r"|(?:raconte|dit|ecrit|pretend|affirme|publie|poste|critique|clame|repete|se plaint)\w*)"
            rf"\s+(?:[^.!?\n]{{0,60}}?\s)??(?:sa|son|ses)\s+(?:\w+\s+)?(?:{_CARE_NOUN}|rendez-vous|rdv"
            rf"|consultation"
            r"|devis|dossier|sedation|anesthesie)\b"
        )
    ),
    # … or who did something with what we gave her: « message à la patiente qui a partagé notre devis »
    Construction(
        regex_cache.compile(
            r"\b(?:a|pour|au) (?:(?:la|cette|notre) (?:patiente|cliente|operee)"
            r"|(?:le|ce|notre) (?:patient|client)|celle|celui) qui (?:a|avait) (?:\w+ )?"
            r"(?:partage|publie|poste|diffuse|montre|affiche|critique|annule|decommande|conteste|refuse"
            r"|oublie"
            r"|perdu|laisse|envoye|transmis|compare|copie)e?s? (?:notre|nos|mon|ma|mes|le|la|les|son|sa|ses) "
            r"(?:\w+ )?(?:devis|factures?|ordonnances?|compte rendu|photos?|rendez-vous|rdv|consultation"
            r"|dossier|courrier|lettre|consentement|protocole|bilan|radio|analyses?)\b"
        )
    ),
    # … or who rated us: « à la patiente qui m'a mis une étoile parce que… » (5 of 5 in dev and the batches)
    Construction(
        regex_cache.compile(
            r"\b(?:(?:la|cette|notre) (?:patiente|cliente|operee)|(?:le|ce|notre) (?:patient|client|opere))"
            r" qui (?:m'a|nous a|m'avait|nous avait) (?:mis|laisse|ecrit|poste|publie|attribue|donne)e?s?"
            r" (?:\w+ ){0,2}?(?:avis|etoiles?|note|commentaire|\d)"
        )
    ),
    # someone known met at the practice: « croiser la présentatrice météo … au cabinet ce matin »
    Construction(
        regex_cache.compile(
            r"\b(?:croise\w*|recevoir|recu|accueilli\w*|accueillir|vu|voir)\s+(?:le|la|l'|notre|cette|ce)\s*"
            rf"(?:[\w-]+\s+)?{_THIRD}\b[^.!?\n]{{0,60}}?"
            r"\b(?:au cabinet|a la clinique|chez nous|au bloc|en consultation)\b"
        )
    ),
    # « avoir opéré le joueur », « nous avons soigné la chanteuse »
    Construction(
        regex_cache.compile(
            r"\b(?:avoir|ai|avons|a|avait|avions|j'ai)\s+(?:bien\s+|deja\s+)?"
            r"(?:opere|soigne|pris en charge|recu|suivi|traite|injecte|examine|revu)e?s?\s+"
            # (« j'ai opéré ma propre belle-sœur de sa rhinoplastie »)
            r"(?:en consultation\s+)?(?:le|la|l'|cette|ce|madame|monsieur|mme|m\.|ma|mon|mes|notre|nos)\s*"
            rf"(?:\w+\s+)?(?:(?:belle|beau|demi|grand)-)?{_THIRD}\b"
        )
    ),
    # « j'ai eu le plaisir d'accompagner une animatrice télé dans sa rhinoplastie », « l'honneur
    # d'opérer le PDG d'un grand groupe »
    Construction(
        regex_cache.compile(
            r"\b(?:plaisir|honneur|fierte|joie|chance|privilege|bonheur)\s+d(?:e\s+|')"
            r"(?:operer|accompagner|soigner|prendre en charge|recevoir|suivre|traiter|injecter|opere|soigne)"
            rf"\s+(?:le|la|l'|un|une|notre|cette|ce)\s*(?:[\w-]+\s+){{0,3}}?{_THIRD}\b"
        )
    ),
    # « la maman d'une influenceuse est venue pour un lifting », « ta copine est passée pour ses lèvres »
    Construction(
        regex_cache.compile(
            rf"\b(?:votre|ton|ta|sa|son|la|le|l'|cette|ce|notre)\s*{_THIRD}\b[^.!?\n]{{0,60}}?"
            r"\b(?:est|sont|etait|a ete)\s+(?:bien\s+|deja\s+)?(?:venue?s?|passee?s?|revenue?s?)\b"
            r"[^.!?\n]{0,40}?"
            rf"\bpour\s+(?:sa|son|ses|un|une|le|la|les|l')\s*(?:\w+\s+)?(?:{_CARE_NOUN}|levres|bouche"
            rf"|botox)\b"
        )
    ),
    # « 1 800 opérations de la cataracte, dont celle du maire »
    Construction(
        regex_cache.compile(
            r"\b(?:operations?|interventions?|greffes?|injections?|actes?)\b[^.!?\n]{0,80}?"
            r"\bdont (?:celle|celui|celles|ceux) (?:du|de la|de l'|de notre|de son|de sa)\s*"
            rf"(?:\w+\s+)?{_THIRD}\b"
        )
    ),
    # « l'influenceuse a bien fait sa rhinoplastie chez nous »
    Construction(
        regex_cache.compile(
            r"\b(?:a|ont|avait|avaient) (?:bien |deja )?(?:fait|realise|subi|eu)e?s? (?:sa|son|ses|leurs?) "
            r"(?:\w+ ){0,2}?(?:rhino\w*|lipo\w*|abdomino\w*|blepharo\w*|lifting|augmentation|reduction"
            r"|implants?|protheses?|greffe|injections?|operation|intervention|bbl"
            r"|otoplastie)\b[^.!?\n]{0,30}?"
            r"(?:chez nous|au cabinet|a la clinique|dans notre (?:service|clinique|cabinet)"
            r"|par (?:moi|nos soins))"
        )
    ),
    # a handle received or operated here, her care told as done here, a revision we offered her: « ravie
    # d'accueillir @x au cabinet pour ses injections », « la vidéo de @x qui raconte sa cure d'ozone chez
    # nous », « merci @x pour ce bouquet, un mois après ton augmentation mammaire », « tu as refusé la
    # retouche qu'on t'avait proposée »
    Construction(
        regex_cache.compile(
            r"\b(?:accueilli\w*|accueillir|recevoir|recue?|operee?|operer|injectee?|soignee?|retrouvee?)\s+@[\w.]+"
            rf"[^.!?\n]{{0,40}}?\bpour (?:sa|son|ses) (?:\w+ )?(?:{_CARE_NOUN}|levres|botox)\b"
            r"|\b(?:raconte|montre|partage|parle de|filme)\w*\s+(?:sa|son|ses)\s+(?:\w+\s+)?"
            rf"(?:{_CARE_NOUN}|levres|botox|cure)\b[^.!?\n]{{0,40}}?"
            r"(?:chez nous|au cabinet|a la clinique|dans notre (?:cabinet|clinique|centre))\b"
            rf"|\bmerci\s+@[\w.]+[^\n]{{0,100}}?\b(?:apres|depuis) (?:ta|ton|tes|votre|vos) (?:\w+ )?"
            rf"(?:{_CARE_NOUN}|levres|botox)\b"
            r"|\b(?:retouche|reprise|intervention|operation|injection|traitement|chirurgie)s? (?:qu'on|que"
            r" (?:nous|je)) (?:vous |t')(?:avait|avions|avais|a|avons|ai) (?:proposee?s?|prescrite?s?"
            r"|conseillee?s?)"
        )
    ),
    # her new body part given with her handle, or shown after the operation (« Nouveau nez pour @lea ! »,
    # « ta nouvelle poitrine te va à merveille @sarah », « le nez de @cam 3 semaines post-op »): the
    # practice shows what it did (donnees_patient reads the same handles as data)
    Construction(
        regex_cache.compile(
            rf"\b(?:nouveaux?|nouvelles?) {_BODY} (?:de|d'|pour) ?@[\w.]+"
            rf"|@[\w.]+[^.!?\n]{{0,40}}?\b(?:ta|ton|tes) (?:nouveaux?|nouvelles?) {_BODY}\b"
            rf"|\b(?:ta|ton|tes) (?:nouveaux?|nouvelles?) {_BODY}\b[^.!?\n]{{0,60}}?@[\w.]+"
            rf"|\b(?:le|la|les) {_BODY} de @[\w.]+\W{{0,4}}(?:\w+\W+){{0,2}}?"
            r"(?:post-?op|j\s?\+\s?\d|\d+ (?:jours?|semaines?|mois) (?:apres|post))"
        )
    ),
    # a patient's story reshared under her handle: « on repartage la story de @x « contente de mes lèvres » »
    Construction(
        regex_cache.compile(
            r"\b(?:re)?(?:partag|post)\w*\s+(?:avec (?:plaisir|fierte|emotion)\s+)?(?:de |d')?"
            r"(?:la|le|les|cette|ce)\s+"
            r"(?:story|stories|post|message|video|avis|temoignage)\s+(?:de|d')\s*@[\w.]+[^\n]{0,120}?"
            rf"\b(?:{_CARE_NOUN}|levres|botox|opere\w*|operation|(?:t'|vous )accompagner)\b"
        )
    ),
    # someone in apposition, operated here: « notre boulanger préféré, opéré chez nous de la cataracte »,
    # « au demi de mêlée de l'ASM, opéré de son LCA chez nous »
    Construction(
        regex_cache.compile(
            rf",\s*{_TREATED}\s+(?:(?:de|d')\s*(?:son|sa|ses|la|le|l'|une?)\s*[\w-]+(?:\s+[\w-]+)?\s+)?"
            r"(?:chez nous|dans (?:notre|nos|mon) (?:service|clinique|cabinet|murs)|au cabinet|a la clinique"
            r"|par nos soins|par (?:moi|notre equipe))\b"
        )
    ),
    # a public thank-you for trusting us with her procedure: « qui nous a fait confiance pour sa
    # blépharoplastie », « merci @x pour ta confiance pour ta greffe »
    Construction(
        regex_cache.compile(
            r"\b(?:(?:nous|m') (?:a|ont|avait) fait confiance|(?:ta|votre|sa|leur) confiance)"
            r"\s+(?:pour|lors de)\s+"
            rf"(?:sa|son|ses|ta|ton|tes|votre|vos|leur)\s+(?:\w+\s+)?"
            rf"(?:{_CARE_NOUN}|levres|sourcils|botox|passage au bloc|sejour)"
        )
    ),
    # someone known received or seen at the practice: « j'ai reçu au cabinet une influenceuse »,
    # « vu ce matin au bloc le footballeur »
    Construction(
        regex_cache.compile(
            r"\b(?:recue?|vue?|accueillie?|operee?|eu)\s+"
            r"(?:ce matin\s+|hier\s+|aujourd'hui\s+|cette semaine\s+)?"
            r"(?:au cabinet|au bloc|en consultation|a la clinique|chez nous)\s+(?:ce matin\s+|hier\s+)?"
            rf"(?:une?|le|la|l')\s*(?:[\w-]+\s+){{0,2}}?{_THIRD}\b"
        )
    ),
    # a doctor confirming a care: « a confirmé l'avoir opéré », « confie avoir opéré … dont la gagnante »
    Construction(
        regex_cache.compile(
            r"\b(?:confirme|reconnait|reconnu|confie|admet|admis|avoue)\w*\s+(?:l'|les )?avoir\s+"
            r"(?:opere|soigne|pris en charge|recu|injecte|suivi|traite)"
        ),
        ignore=frozenset({"reported"}),
    ),
    # a patient's care remembered in public: « je me souviens très bien de votre abdominoplastie »
    Construction(
        regex_cache.compile(
            r"\bsouvien\w* (?:tres bien |bien |parfaitement )?de (?:votre|ta|ton|tes|vos|son|sa|ses)\s+"
            rf"(?:\w+\s+)?(?:{_CARE_NOUN}|consultation|visite|passage)\b"
        )
    ),
    # the carer named as such: « le Dr Fabre, qui l'a opéré », « celui qui l'a soignée »
    Construction(
        regex_cache.compile(
            r"\bqui (?:l'|les )(?:a|avait|ont|avaient) (?:opere|soigne|pris en charge|hospitalise)e?s?\b"
        ),
        ignore=frozenset({"reported"}),
    ),
    # someone close recovering from her procedure: « ma belle-sœur, qui se remet de son abdominoplastie »
    Construction(
        regex_cache.compile(
            rf"\b(?:votre|ton|ta|sa|son|ma|mon|la|le|l'|cette|ce"
            rf"|notre)\s*(?:[\w-]+-)?{_THIRD}\b[^.!?\n]{{0,40}}?"
            rf"\bse remet\w*\s+(?:\w+\s+)?de (?:sa|son|ses)\s+(?:\w+\s+)?(?:{_CARE_NOUN}|bloc)"
        )
    ),
    # someone we operated, met again: « le petit garçon que nous avions opéré d'une fente palatine »,
    # or spoken of: « cette dame que je n'ai opérée qu'une fois raconte n'importe quoi », « ma propre
    # mère, que j'ai opérée moi-même »
    Construction(
        regex_cache.compile(
            r"\b(?:le|la|l'|cette|ce|notre|ma|mon|ta|ton|sa|son|votre)\s*"
            r"(?:petite?\s+|jeune\s+|propre\s+|chere?\s+|vieille?\s+|(?:belle|beau|grand|demi)-)?"
            rf"(?:{_THIRD}|dame|monsieur|personne|patiente?|cliente?),?\s+(?:que|qu')\s*"
            r"(?:nous|j'|je|on|il|elle)\s*(?:n')?(?:l')?(?:avions|avons|avais|ai|a|avait) "
            r"(?:opere|soigne|pris en charge|suivi|traite|greffe|injecte)e?s?\b"
        )
    ),
    # someone known said pleased with her procedure: « la présentatrice météo … a été ravie de sa
    # blépharoplastie »
    Construction(
        regex_cache.compile(
            rf"\b(?:la|le|l'|cette|ce|notre|votre|ma|mon|ta|ton|sa|son)\s*{_THIRD}\b[^.!?\n]{{0,60}}?"
            r"\b(?:ravie?|satisfaite?|contente?|enchantee?|heureu(?:x|se)|comblee?)\s+"
            rf"(?:de|du resultat de)\s+(?:sa|son|ses)\s+(?:\w+\s+)?{_CARE_NOUN}"
        )
    ),
    # someone known leaving the practice marked by care: « la présentatrice … sort du cabinet avec un
    # pansement sur le nez », or before her surgery: « la star … qui a mangé un croissant avant son bloc »
    Construction(
        regex_cache.compile(
            rf"\b(?:la|le|l'|cette|ce|notre)\s*{_THIRD}\b[^.!?\n]{{0,80}}?"
            r"\b(?:(?:sort\w*|sortant|sortie) (?:du cabinet|du bloc|de la clinique|de chez nous)"
            rf"|(?:avant|apres) (?:son|sa) (?:bloc|{_CARE_NOUN}))\b"
        ),
    ),
    # a hint that a body in the news is our work: « le nouveau visage de X… disons que je le connais
    # bien ce menton », « on reconnaît notre travail »
    Construction(
        regex_cache.compile(
            r"\b(?:je|j'|on|nous)\s*(?:l'|le |la |les )?(?:connais|connait|connaissons|reconnais|reconnait"
            r"|reconnaissons)\s+(?:(?:tres |plutot |assez )?bien\s+)?"
            rf"(?:(?:ce|cette|ces)\s+{_BODY}"
            r"|(?:mon|notre|ma|mes|nos) (?:travail|coup de (?:bistouri|scalpel|crayon)|signature|patte|main"
            r"|style|lignes|traits|cicatrices|sutures|points|technique|coups de (?:bistouri|scalpel)))\b"
        )
    ),
    # … or that it is no work of nature: « son nouveau profil ne s'est pas dessiné tout seul »
    Construction(
        regex_cache.compile(
            rf"\b(?:son|sa|ses)\s+(?:nouve(?:au|l|lle)s?\s+)?(?:{_BODY}|profil|poitrine|allure)\b"
            r"[^.!?\n]{0,30}?\bne (?:se )?(?:s'est|sont|est|se sont) pas (?:\w+ )?"
            r"(?:fait|dessine|refait|redessine|affine|remplie?|gonfle|sculpte|transforme)e?s? "
            r"(?:tout(?:e|es)? seule?s?|par magie|naturellement|par hasard)\b"
        )
    ),
    # someone known on the operating list: « cette semaine au bloc : une ancienne préfète de la région »
    Construction(
        regex_cache.compile(
            r"\b(?:au bloc|en consultation|au cabinet|a la clinique|sur (?:ma|notre) table|dans (?:mon|notre)"
            r" fauteuil)\b(?:\s+(?:ce matin|aujourd'hui|hier|cette semaine|ce mois-ci))?\s*[:,]\s*"
            rf"(?:(?:le|la|l'|notre)\s*(?:ancienne?\s+|celebre\s+)?{NOTABLE_ROLE}"
            rf"|une?\s+(?:ancienne?\s+|celebre\s+){NOTABLE_ROLE}"
            rf"|une?\s+{NOTABLE_ROLE}\b[^.!?\n]{{0,40}}?(?:\bde (?:la|notre) (?:region|ville)\b"
            r"|\bdu (?:club|coin)\b|\blocale?\b|,\s*\d{1,3} ans\b|\bbien connue?\b))\b"
        )
    ),
    # « la chanteuse croisée dans la salle d'attente », « l'animateur aperçu au cabinet »
    Construction(
        regex_cache.compile(
            rf"\b(?:la|le|l'|cette|ce|notre|une?)\s*{NOTABLE_ROLE}\b\s+(?:\w+\s+)?"
            r"(?:croisee?|vue?|apercue?|recue?|accueillie?|reconnue?)\s+(?:ce matin\s+|hier\s+)?"
            r"(?:dans (?:la|notre|ma) salle d'attente|au cabinet|au bloc|en consultation|a la clinique"
            r"|chez nous)\b"
        )
    ),
    # … and what she had done, hinted: « je dirai juste qu'elle a un nouveau nez »
    Construction(
        regex_cache.compile(
            rf"\b(?:elle|il) a (?:maintenant |desormais |depuis peu )?(?:un|une|des) nouve(?:au|l|lle|aux"
            rf"|lles)"
            rf" (?:{_BODY}|profil|poitrine)\b"
        )
    ),
    # someone who saw other practitioners before coming to us: « elle a fait trois dentistes avant nous »
    Construction(
        regex_cache.compile(
            r"\b(?:a|avait|ont|avaient) (?:deja )?(?:fait|vu|consulte|essaye|use|enchaine|epuise)e?s? "
            r"(?:\w+ )?(?:deux|trois|quatre|cinq|six|plusieurs|\d{1,2}) (?:dentistes|chirurgiens|medecins"
            r"|praticiens|cabinets|confreres|cliniques|dermatologues|ophtalmos?|ophtalmologues|orthodontistes)"
            r"\b[^.!?\n]{0,20}?\bavant (?:nous|moi|de (?:venir|nous voir|me voir|arriver))\b"
        )
    ),
    # a former patient met by chance, with her procedure: « croisé dans l'amphi une ancienne patiente
    # opérée de la cataracte »
    Construction(
        regex_cache.compile(
            r"\b(?:croise|recroise|rencontre|retrouve|revu|reconnu|apercu|tombee? sur)(?:e?s?|r|z)\b"
            r"[^.!?\n]{0,50}?"
            r"\b(?:une?|mon|ma|notre|l'une? de (?:mes|nos)|une? de (?:mes|nos)) (?:ancienne?s? )?"
            r"(?:patiente?s?|operee?s?)\b[^.!?\n]{0,20}?"
            r"\b(?:operee?|traitee?|greffee?|soignee?|injectee?|de (?:vaginoplastie|phalloplastie|mastectomie"
            r"|rhino\w*|lipo\w*|abdomino\w*|blepharo\w*|\w+plastie|\w+ectomie))\b"
        )
    ),
    # someone known back in her field after her procedure: « bravo à notre championne, de retour sur le
    # terrain 3 mois après sa ligamentoplastie »
    Construction(
        regex_cache.compile(
            rf"\b(?:notre|nos|cette|ce)\s+{_THIRD}\b[^.!?\n]{{0,80}}?"
            r"\b(?:apres|depuis|suite a) (?:sa|son|ses) (?:\w+ )?(?:\w+plastie|\w+ectomie|\w+pexie"
            rf"|{_CARE_NOUN})\b"
        )
    ),
    # her feedback on her own procedure, taken up in public: « merci pour ton retour sur ta prothèse »
    Construction(
        regex_cache.compile(
            # (her feedback, not ours: « je ne donnerai pas mon avis sur ton nez » gives none)
            r"\b(?:ton|ta|tes|votre|vos) (?:\w+ )?(?:retour|avis|message|commentaire|mot|temoignage"
            r"|partage)s?"
            r" (?:sur|concernant|a propos de) "
            rf"(?:ta|ton|tes|votre|vos) (?:\w+ )?(?:\w+plastie|\w+ectomie|{_CARE_NOUN})\b"
        )
    ),
    # a commenter blamed for not following her instructions after the care: « quand on ne respecte pas
    # le bandeau pendant 3 semaines, on ne vient pas pleurer ensuite »
    Construction(
        regex_cache.compile(
            r"\b(?:quand|si|lorsqu'|lorsque) ?(?:on|vous|tu) n(?:e |')(?:respecte|porte|suit|suivez|met|garde"
            r"|prend)\w* pas (?:le|la|les|l'|votre|ta|ton|tes|vos|son|sa|ses) ?(?:\w+ )?(?:bandeau|gaine"
            r"|consignes|soutien-gorge|attelle|bas|contention|pansements?|traitement|ordonnance|creme|repos)"
            r"\b[^.!?\n]{0,60}?\b(?:on|vous|tu) ne (?:vient|venez|viens|doit|devez|dois) pas (?:venir )?"
            r"(?:pleurer|se plaindre|vous plaindre|te plaindre|raler|reclamer|accuser)\b"
        ),
        ignore=frozenset({"hypothesis"}),
    ),
    # someone close said unable to follow her prescription: « ta copine, elle sait pas lire une ordonnance »
    Construction(
        regex_cache.compile(
            r"\b(?:elle|il|elles|ils)\s+(?:ne\s+)?(?:sait|savait|sauront|saura|savent|a su|sont|est)\s+"
            r"(?:pas|meme pas|jamais|pas fichue?s? de|pas capables? de)\s+(?:de\s+)?(?:lire|suivre|respecter"
            r"|appliquer|comprendre)\s+(?:une|son|sa|ses|l'|les|mon|mes|nos|notre)\s*(?:\w+\s+)?"
            r"(?:ordonnances?|consignes|traitement|protocole|prescriptions?)\b"
        )
    ),
    # « bon rétablissement à notre patiente de ce matin »
    Construction(
        regex_cache.compile(
            r"\b(?:notre|nos|ma|mon|mes) (?:patiente?s?|operee?s?|cliente?s?)"
            r" (?:de ce matin|d'hier|du jour|d'aujourd'hui|de (?:lundi|mardi|mercredi|jeudi|vendredi|samedi)"
            # « ma patiente de 9h ce matin »
            r"|de \d{1,2} ?h\d{0,2}\b)"
        )
    ),
    # a public post that congratulates or greets a patient about her own care
    Construction(
        regex_cache.compile(
            rf"\b(?:contente?|ravie?|heureu(?:x|se)|fiere?|bravo|felicitations)\b{_NEAR}"
            rf"\b(?:ta|ton|tes|votre)\s+(?:\w+\s+)?(?:{_CARE_NOUN}|\w+plastie|\w+ectomie|\w+pexie)\b"
            rf"|\b(?:vous|te) revoir\b[^.!?\n]{{0,60}}?\b{_CARE_NOUN}\b"
        )
    ),
    # her care said done here: « après ton peeling chez nous », « l'abdo qu'on a faite ensemble », « ta
    # cicatrice d'abdominoplastie qu'on a faite en mars »
    Construction(
        regex_cache.compile(
            # (« votre séance au cabinet dure 20 minutes » speaks to every reader)
            # (nor a first or next session on offer: « -15 % sur ta première séance au cabinet »)
            rf"\b(?:ta|ton|tes|sa|son|ses) (?!premiere|prochaine|future)(?:[\w'-]+ ){{0,3}}?{_DONE}\b"
            r"[^.!?\n]{0,30}?"
            rf"(?:\bchez nous\b|\bau cabinet\b|{_WE_DID})"
            rf"|\b(?:votre|vos|l'|la |le |les )(?:[\w'-]+ ){{0,2}}?{_DONE}\b[^.!?\n]{{0,20}}?{_WE_DID}"
        )
    ),
)
# An adult's care told to someone close to her, who has no right to it: « votre épouse peut reprendre son
# Kardégic dès demain » (« dites-lui de surveiller le drain » may be said to a child's parent: not here).
_TOLD_TO_RELATIVE = (
    Construction(
        regex_cache.compile(
            rf"\b(?:votre|ton|ta)\s+{_CLOSE}\b[^.!?\n]{{0,40}}?\b(?:peut|doit|pourra|devra|peut deja"
            r"|doit bien|ne doit pas|ne peut pas|ne doit plus)\s+(?:\w+\s+)?(?:reprendre|arreter|continuer"
            r"|enlever|retirer|garder|porter|surveiller|doubler|changer|refaire|masser)\s+(?:son|sa|ses)\b"
            rf"|\b(?:votre|ton|ta)\s+{_CLOSE}\b[^.!?\n]{{0,40}}?\b(?:peut|pourra|va pouvoir|doit)\s+"
            r"(?:sortir|rentrer chez (?:elle|lui)|quitter la clinique)\b"
            # « votre épouse est bien sortie du bloc », « votre mari est en salle de réveil »
            rf"|\b(?:votre|ton|ta)\s+{_CLOSE}\b[^.!?\n]{{0,30}}?\b(?:est|a ete|vient d'etre)\s+(?:bien\s+)?"
            r"(?:sortie? du bloc|remontee? (?:du bloc|en chambre)|reveillee?|en salle de reveil|au bloc"
            r"|descendue? au bloc)"
            # « l'implant ICL de votre épouse est bien posé », « l'opération de votre mari s'est bien passée »
            rf"|\b(?:de|du) (?:votre|ton|ta)\s+{_CLOSE}\b\s+(?:est|a ete|s'est)\s+(?:bien\s+|tres bien\s+)?"
            r"(?:posee?s?|faite?s?|passee?|deroulee?|terminee?s?|reussie?s?)\b"
        )
    ),
)
# A delay after a procedure: « à J+10 », « depuis 3 semaines », « à trois mois »
_DELAY = (
    r"(?:j\+?\d{1,3}|\d{1,3} (?:jours?|semaines?|mois)"
    r"|(?:une?|deux|trois|quatre|cinq|six|huit|dix|quinze) (?:jours?|semaines?|mois))"
)

# A public reply to someone greeted by name (« Bonjour Karine, ») that speaks of the care she had tells
# everyone she was operated: « vos fils seront retirés… », « votre contrôle post-op ». A symptom she
# describes herself (« ta cicatrice qui tire », « ton hématome ») tells no care here (corpus README,
# the handle line; in dev, reading those words so took 7 false alarms away and 3 right findings).
_ADDRESSEE_POSTOP = (
    Construction(
        regex_cache.compile(
            r"\b(?:votre|vos|ta|ton|tes)\s+(?:\w+\s+)?(?:suites (?:operatoires|de l'intervention)"
            r"|pansements?|fils|points de suture"
            r"|implants?|protheses?|greffons?|controle post-op\w*)\b"
            # … or the time since her operation (« à trois semaines de votre opération »)
            rf"|\b(?:a|depuis) {_DELAY}\s+(?:de|d'|apres) (?:votre|ta|ton)"
            r" (?:operation|intervention|chirurgie|op)\b"
        )
    ),
    # … or of her past consultation: « Madame, vous n'avez pas compris grand-chose à votre consultation »
    Construction(
        regex_cache.compile(
            r"\b(?:avez|aviez|avez ete|etiez|etes venue?)\b[^.!?\n]{0,60}?"
            r"\b(?:votre|ta|ton) (?:consultation|devis|intervention|operation|rendez-vous|rdv|sejour)\b"
            # (« oui vous êtes bien venu en consultation mardi »)
            r"|\b(?:vous etes|tu es|vous etiez|tu etais) (?:bien |deja )?(?:venue?s?|passee?s?)"
            r" (?:en consultation|au cabinet|a la clinique|chez nous)\b"
            # (not to deliver, or for an event: « vous êtes venue au cabinet pour la conférence de mardi »)
            r"(?! (?:pour )?(?:livrer|deposer|installer|reparer)\b"
            r"| pour (?:la |le |une |un |notre |votre |les |nos )?"
            r"(?:conference|soiree|reunion|atelier|livraison|candidature|formation|stage|entretien"
            r"|portes ouvertes|salon)\b)"
        )
    ),
    # … or of her coming procedure: « Madame, … arrêter la pilule un mois avant votre abdominoplastie »
    Construction(
        regex_cache.compile(
            r"\b(?:avant) (?:votre|ta|ton) (?:prochaine? )?"
            r"(?:intervention|operation|chirurgie"
            r"|rhino\w*|lipo\w*|abdomino\w*|blepharo\w*|mammoplastie|otoplastie|lifting|augmentation mammaire"
            r"|reduction mammaire|greffe|bbl|lipofilling|\w*plastie|\w+ectomie|\w+pexie)\b"
        )
    ),
    # … or of how she was at the practice: « ton comportement en consultation », « vous étiez très bavarde
    # sous sédation » (a question, a hypothesis or talk about it still presuppose it: « tu veux qu'on
    # parle de ta venue au cabinet ? »)
    Construction(
        regex_cache.compile(
            r"\b(?:votre|ta|ton|vos|tes) (?:comportement|attitude|passage|venue|visite|retard|absence|reveil"
            r"|propos|cris|pleurs)\b[^.!?\n]{0,20}?\b(?:en consultation|au cabinet|au bloc|a la clinique"
            r"|en salle (?:de (?:reveil|consultation|soins)|d'attente)|chez nous|sous (?:sedation|anesthesie)"
            # (« vu votre comportement le jour de l'intervention »)
            r"|le jour de (?:l'|votre |ton |ta |la )(?:intervention|operation|consultation|chirurgie))\b"
            # (« à la dame qui m'a traité de charlatan en salle d'attente hier »)
            r"|^\W*a (?:la|cette) (?:dame|personne|patiente?|cliente?) qui\b[^.!?\n]{0,60}?"
            r"\b(?:en salle d'attente|a l'accueil|au cabinet)\b[^.!?\n]{0,10}?\b(?:hier|ce matin"
            r"|cet apres-midi|la semaine derniere|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b"
            r"|\b(?:vous etiez|tu etais|vous avez ete|tu as ete)\b[^.!?\n]{0,40}?"
            r"\b(?:sous (?:sedation|anesthesie)|en salle de reveil|au bloc|en consultation)\b"
        ),
        ignore=frozenset({"question", "meta", "hypothesis"}),
    ),
    # … or of her follow-up visit: « on vous attend pour la visite des 6 mois », « ton contrôle à un mois »
    Construction(
        regex_cache.compile(
            r"\b(?:votre|ta|ton|la|le) (?:prochaine? )?(?:visite|controle|bilan|rendez-vous|rdv|pansement)"
            r" (?:post-?op\w*|de suivi"
            r"|(?:des|de|du|a) (?:\d{1,2}|un|une|deux|trois|six) (?:jours|semaines?|mois|ans?))\b"
        )
    ),
    # … or meets her at the practice's follow-up: « on se voit mardi au contrôle », « comme je te l'ai dit
    # au contrôle de mardi »
    Construction(
        regex_cache.compile(
            r"\bon se (?:voit|revoit|retrouve)\b[^.!?\n]{0,30}?\b(?:au|a ton|a votre|pour (?:le|ton|votre))"
            r" (?:prochain )?(?:controle|pansement|retrait des fils)\b"
            r"|\bcomme (?:je|on|nous) (?:te|vous) l'(?:ai|a|avons|avions) (?:dit|explique)"
            r" (?:au|en|lors (?:du|de (?:la|ta|votre))) (?:controle|consultation|visite|pansement)"
        )
    ),
    # … or tells what we gave her, what she signed or missed: « la feuille qu'on vous a remise », « tu as
    # signé ton consentement », « vous étiez prévenue des risques », « les photos sont dans ton dossier »,
    # « à la semaine prochaine pour l'ablation des fils »; « si vous étiez venue à vos rendez-vous de
    # suivi » presupposes them
    Construction(
        regex_cache.compile(
            r"\b(?:on|nous|je) (?:vous |t')(?:l')?(?:a|avons|ai|avait|avions|avais) (?:remis|prescrit"
            r"|injecte|opere|fait signer)e?s?\b"
            r"|\b(?:vous|tu) (?:avez|aviez|as|avais) signe (?:votre|ton|le|la|un|une) (?:consentement|devis)"
            r"|\b(?:vous|tu) (?:etiez|etais|avez ete|as ete) (?:bien )?(?:prevenue?s?|informee?s?)"
            r" des risques\b"
            r"|\bdans (?:ton|votre) dossier\b(?! de (?:candidature|presse|inscription|demande))"
            r"|\b(?:venue?s?|alle(?:e|es|s)?|etre la|presentee?s?) a (?:vos|tes)"
            r" (?:rendez-vous|rdv|controles|visites) (?:de suivi|post-?op\w*|de controle)\b"
            r"|\b(?:a (?:la semaine prochaine|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)"
            r"|on se (?:voit|revoit)[^.!?\n]{0,20}?) pour (?:l'ablation|le retrait|l'enlevement)"
            r" (?:des|de tes|de vos) (?:fils|points|agrafes|drains)\b"
            # the care we asked of her or plan for her, the visit already planned: « porter votre gaine
            # comme on vous l'a demandé », « malgré nos consignes », « il fallait respecter les consignes »,
            # « on programmera une capsulectomie à l'automne », « reviens me voir dans 3 mois comme prévu »
            r"|\bcomme (?:on|nous|je) (?:vous|te) l'(?:a|avons|ai|avait|avions|avais) (?:demande|prescrit"
            r"|recommande|conseille)e?\b"
            # (care instructions, not « malgré nos consignes d'affichage, le parking… »)
            r"|\b(?:malgre|sans (?:respecter|suivre)) (?:nos|mes) consignes\b(?! (?:de|d'|du)\b)"
            r"|\bil fallait (?:respecter|suivre|ecouter) (?:les|nos|mes) consignes\b(?! (?:de|d'|du)\b)"
            r"|\b(?:on|nous|je) (?:vous |te |t')?(?:programm|planifi|reprogramm)\w*"
            r" (?:une?|la|le|votre|ta|ton) (?:\w+ )?(?:\w+ectomie|\w*plastie|retouche|reprise|intervention"
            r"|operation|chirurgie|greffe|lipo\w*)\b"
            r"|\b(?:reviens|revenez|repasse[sz]?) (?:me|nous) voir\b"
            r"(?![^.!?\n]{0,30}\b(?:forum|salon|stand|atelier|conference|webinaire|live))"
            r"[^.!?\n]{0,40}?\bcomme prevu\b"
        ),
        ignore=frozenset({"hypothesis"}),
    ),
)
# Her symptom singled out in a reply, one that is there now: « pour le petit bleu qui reste sous
# l'œil, de la glace », « la cicatrice qui tire encore » (not « un bleu peut apparaître »).
_SYMPTOM = (
    r"(?:bleus?|hematomes?|oedemes?|gonflements?|ecchymoses?|rougeurs?|cicatrices?|croutes?|fils|points"
    r"|bosses?|asymetries?|douleurs?|tiraillements?|demangeaisons?|engourdissements?|cheveux greffes)"
)
_SINGLED_OUT_SYMPTOM = (
    Construction(
        regex_cache.compile(
            rf"\b(?:le|la|les|l'|ce|cette|ces)\s*(?:petite?s?\s+|legere?s?\s+)?{_SYMPTOM}\s+qui\s+"
            r"(?:reste\w*|persiste\w*|subsiste\w*|demeure\w*|gratte\w*|tire\w*|rougi\w*|gonfle\w*"
            r"|suinte\w*|durcit|durcissent|lache\w*)\b"
        )
    ),
)
# Her symptom judged at a delay since her procedure: « à 3 semaines, c'est normal que le sein soit
# gonflé », « la chute des cheveux greffés à 1 mois est normale » (a reply to her, not a leaflet).
_EXPECTED = r"(?:normale?s?|habituel(?:le)?s?|attendue?s?|classiques?|banale?s?)"
_POSTOP_DELAY = (
    Construction(
        regex_cache.compile(
            rf"\b(?:a|depuis) {_DELAY}\b[^.!?\n]{{0,60}}?"
            rf"\b(?:c'est |est |sont |reste )?(?:tout a fait |parfaitement |bien )?{_EXPECTED}\b"
            rf"|\b(?:c'est |est |sont )(?:tout a fait |parfaitement )?{_EXPECTED}\b"
            rf"[^.!?\n]{{0,60}}?\b(?:a|depuis) {_DELAY}\b"
        )
    ),
)
# Words of an operated person's aftercare: addressed by a vocative alone, they make the care hers.
_POSTOP = regex_cache.compile(r"\b(?:post-?op\w*|suites operatoires|cicatrisation|convalescence)\b")
# … and so do the figures of her visit: « Madame, quand on arrive avec 40 minutes de retard… »
_VISIT = regex_cache.compile(r"\b\d+ (?:minutes?|min|heures?|h) (?:de retard|d'attente)\b")
# A public text that opens by calling its addressee « Madame, » / « Monsieur, ».
# (« Réponse à @x : … » answers her too)
_VOCATIVE_OPENING = regex_cache.compile(
    # (a Bluesky handle has hyphens: « @claire-vdb.bsky.social »)
    r"^\W*(?:madame|monsieur)\s*,|^\s*@[\w.-]+\s"
    r"|^\W*(?:en )?(?:reponse|repondre|message|petit mot) (?:a|pour) @[\w.-]+"
    r"|^\W*(?:(?:petit )?(?:message|mot) )?a (?:la|cette|ma|notre) (?:patiente?|cliente?|personne|dame) qui\b"
)
# … or greets its addressee by name, even a first name the guard drops as no one identified
# (« Bonjour Patricia, ne vous inquiétez pas… »): the reply speaks to that one person.
_GREETED_OPENING = regex_cache.compile(
    r"^\W*(?:[Bb]onjour|[Bb]onsoir|[Hh]ello|[Cc]oucou|[Ss]alut|[Cc]h[èe]re?)\s+"
    r"(?:(?:[Mm]adame|[Mm]onsieur|[Mm]me|M\.)\s+)?(?!(?:Docteure?|Dre?|Pr|Tous|Toutes|Tout)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+)?\s*[,!]"
)


# … unless a civility stands right before the name: « @K_Durand Madame Karine Durand » is she.
_CIVILITY_JUST_BEFORE = regex_cache.compile(r"\b(?:madame|monsieur|mme|mlle|m\.)\s*$")


def _not_a_patient(before: str) -> bool:
    return bool(_NOT_A_PATIENT.search(before)) and not _CIVILITY_JUST_BEFORE.search(before)


def _before(context: Context, start: int) -> str:
    return fold_string(context.plain.text[max(start - 40, 0) : start])


# A testimonial signed with a first name (« « Équipe au top ! » – Sophie, 42 ans ») publishes who she
# is (``donnees-patient``), yet tells no care of hers unless its line names one (« — Sophie, 42 ans,
# abdominoplastie », « mon ventre est enfin plat »).
_SIGNATURE_BEFORE = regex_cache.compile(r"[»”\"]\s*[-–—]\s*$")
_NAMED_CARE = regex_cache.compile(
    r"\b(?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*|blepharo\w*|lifting|implants?|protheses?"
    r"|greffe\w*|injections?|botox|bbl|augmentation|reduction|nez|seins|poitrine|ventre|paupieres|levres"
    r"|oreilles|menton|dents|yeux|regard|sourire|cuisses|fesses|bras|cou|genou|hanche|epaule"
    r"|cicatrices?|opere\w*|operation|intervention)\b"
)


def _unrevealing_signature(context: Context, start: int) -> bool:
    text = context.plain.text
    if not _SIGNATURE_BEFORE.search(text[max(0, start - 5) : start]):
        return False
    low, high = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return not _NAMED_CARE.search(fold_string(text[low : high if high != -1 else len(text)]))


# A private message that opens as a notice sent to its reader (« Rappel RDV : Mme X, née le …,
# consultation pré-op… », « Confirmation de votre rendez-vous ») names its own recipient: her care,
# told to her, is no breach of secrecy (it stays ``donnees-patient``).
_RECIPIENT_NOTICE = regex_cache.compile(
    r"^\W*(?:rappel|confirmation|convocation|report|annulation)\b[^\n:]{0,25}?"
    r"\b(?:rdv|rendez-vous|consultation|intervention|operation|seance|controle|visite)\b"
)


# In a message, the child named to the parent (« votre fils Hugo est programmé… »): his legitimate
# recipient, no breach of secrecy (the name stays ``donnees-patient``).
_OWN_CHILD_BEFORE = regex_cache.compile(r"\b(?:votre|ton) (?:fils|fille|enfant|bebe|petite?|garcon)\s*,?\s*$")


# The person a public reply answers, named after what she wrote: « En réponse à votre message public,
# Mme X : … » (what she told of herself is no secret revealed; advice to her is another rule's).
_ANSWERED_BEFORE = regex_cache.compile(
    r"\breponse a (?:votre|ton|ta|vos|tes) (?:\w+ )?(?:message|commentaire|question|publication|post|story)s?"
    r"(?: public| publique| prive| en ligne)?\s*,\s*$"
)


# A phone-in or a live Q&A: the first names are the callers' own, who tell their trouble on air to
# ask for advice (« On a Martine, 52 ans, de Limoges, en ligne »). Nothing tells they are patients
# (advice to them is ``conseil-personnalise``, their name and age ``donnees-patient``).
_PHONE_IN = regex_cache.compile(
    r"\b(?:auditeurs?|auditrices?|au standard|en ligne avec|(?:on a|nous avons) \w+ en ligne|qui nous appelle"
    r"|votre appel|merci (?:de|pour) votre appel|je m'appelle|on vous ecoute)\b"
)


# Someone asking advice about the trouble she describes herself, in a comment, a blog's or a group's
# questions (« Question de Karine, 47 ans : … », « d'après ce que vous décrivez », « Réponse au
# commentaire de Corinne Lambert »): her name is data, but nothing tells she was treated here unless
# the reply says so (« lors de votre opération chez nous »).
_ASKING_ADVICE = regex_cache.compile(
    r"\b(?:(?:d'apres|vu|au vu de|avec) ce que vous (?:decrivez|ecrivez|dites|racontez|montrez)"
    r"|comme vous l'(?:ecrivez|decrivez|indiquez)|question de [a-z]|reponse au commentaire de"
    r"|(?:vous nous|qui nous) (?:appelez|appelle|ecrivez|ecrit)|d'apres votre photo|vu votre photo)"
)
_CARED_HERE = regex_cache.compile(
    r"\b(?:chez nous|au cabinet|a la clinique|dans notre (?:cabinet|clinique|service|centre)"
    r"|(?:je|nous) (?:vous|t') ?(?:ai|avons) (?:opere|operee|injecte|injectee|pose|posee|fait|recue?)"
    r"|lors de (?:votre|ta) (?:consultation|operation|intervention|visite)"
    r"|(?:votre|ton|ta) (?:prochain )?controle)\b"
)


def _asks_advice(context: Context) -> bool:
    """Whether a public text answers someone's own account of her trouble, with no care told as given here."""
    cached = context.memo.get("secret-medical:asks-advice")
    if cached is None:
        folded = context.folded.text
        cached = (
            context.channel in PUBLIC_CHANNELS
            and bool(_ASKING_ADVICE.search(folded))
            and not _CARED_HERE.search(folded)
        )
        context.memo["secret-medical:asks-advice"] = cached
    return bool(cached)


def _named_people(context: Context, rule: Rule) -> list[Candidate]:
    folded = context.folded.text
    if _asks_advice(context):
        return []
    if not _CARE.search(folded) or (context.channel in _STAFF_CHANNELS and _INTERNAL.search(folded)):
        return []
    if context.channel in _STAFF_CHANNELS and _CARE_TEAM.search(folded) and not _PUBLISHING.search(folded):
        return []
    if context.channel == "message" and _RECIPIENT_NOTICE.match(folded):
        return []
    phone_in = context.channel not in ("avis-reponse", "message") and bool(_PHONE_IN.search(folded))
    return [
        Candidate(rule.id, person.start, person.end)
        for person in identifying_entities(context)
        # « Bonjour Karine, »: her care is judged by what the reply says of it; « Chère Madame, »
        # names no one, and only a review reply tells that its reader was cared for
        if person.type in _PERSON_TYPES
        and not (phone_in and FIRST_NAME.match(context.plain.text[person.start : person.end]))
        and not person.addressee
        and (not person.civility_only or context.channel == "avis-reponse")
        and not _not_a_patient(_before(context, person.start))
        and not _unrevealing_signature(context, person.start)
        and not (context.channel == "message" and _OWN_CHILD_BEFORE.search(_before(context, person.start)))
        and not _ANSWERED_BEFORE.search(_before(context, person.start))
    ]


# (and « si votre œil pique encore 10 jours après le LASIK »: « encore », « toujours » presuppose it)
_COUNTERFACTUAL = regex_cache.compile(
    r"\bsi (?:vous|tu) (?:aviez|etiez|n'aviez|ne vous etiez|vous etiez)\b"
    r"|\bsi (?:votre|vos|ton|ta|tes) [^,.;!?\n]{0,40}?\b(?:encore|toujours)\b"
)

# Words the « reported » qualifier reads as rule vocabulary that here are not: a payment (« votre
# règlement »), an order of things (« rentrer dans l'ordre », « l'ordre de passage »).
_NOT_A_RULE = regex_cache.compile(
    r"\b(?:votre|vos|du|le|son|ce|les|un) reglements?\b(?! (?:interieur|general|europeen|de deontologie))"
    r"|\b(?:dans|en) l'ordre\b|\bl'ordre (?:du jour|de passage|d'arrivee)\b|\bles regles de l'art\b"
)


# Every French conditional ends so; a token the morphologizer marks conditional without it is a slip
# (« Vous dites avoir attendu 2 heures » read as a conditional « dites »).
_CONDITIONAL_ENDING = regex_cache.compile(r"r(?:ais|ait|ions|iez|aient)$")


def _hypothetical(sentence: Sentence, start: int) -> bool:
    tokens = [
        dataclasses.replace(t, conditional=False)
        if t.conditional and not _CONDITIONAL_ENDING.search(t.norm)
        else t
        for t in sentence.tokens
        if t.end <= start
    ]
    return hypothesis_before(tokens)


_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})


def _publishes_contact(context: Context, sentence: Sentence) -> bool:
    people = identifying_entities(context)
    return any(p.type in _CONTACT_TYPES and sentence.start <= p.start < sentence.end for p in people)


def _named(context: Context) -> bool:
    """The text names someone (not a bare civility)."""
    return any(p.type in _PERSON_TYPES and not p.civility_only for p in identifying_entities(context))


def _reply_care(context: Context, rule: Rule) -> list[Candidate]:
    folded = context.folded.text
    for match in _REPLY_CARE.finditer(folded):
        if _GENERIC_BEFORE.search(folded[max(0, match.start() - 20) : match.start()]):
            continue
        start, end = context.plain_span(match.start(), match.end())
        sentence = context.sentence_at(start)
        if sentence is None:
            continue
        text, folded_sentence = context.sentence_texts(sentence)
        contact = _CONTACT_ONLY.fullmatch(match.group())
        if contact and _publishes_contact(context, sentence) and not _named(context):
            continue
        # « Madame, quand on ne respecte pas les consignes post-op… »: the vocative makes it hers
        addressed = _SECOND_PERSON.search(_THE_REVIEW.sub(" ", folded_sentence)) or (
            _VOCATIVE_OPENING.match(folded_sentence)
            and (_POSTOP.search(folded_sentence) or _VISIT.search(folded_sentence))
        )
        if not addressed or _REPLY_GENERIC.search(folded_sentence):
            continue
        # « si vous aviez suivi les consignes, votre cicatrice… »: a counterfactual presupposes the facts
        hypothetical = _hypothetical(sentence, start) and not _COUNTERFACTUAL.search(folded_sentence)
        if hypothetical or is_reported(_NOT_A_RULE.sub(" ", folded_sentence)):
            continue
        if is_meta(folded_sentence, text, start, end, sentence.start):
            continue
        return [Candidate(rule.id, start, end)]
    return []


def _addressed(context: Context, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose sentence does not speak of everyone (« de manière générale, … »)."""
    kept = []
    for candidate in candidates:
        sentence = context.sentence_at(candidate.start)
        if sentence is not None and _REPLY_GENERIC.search(context.sentence_texts(sentence)[1]):
            continue
        kept.append(candidate)
    return kept


# An order to answer a patient in public with what we know of her care, on any channel (a brief to
# the community manager): « réponds-lui en public qu'elle n'avait qu'à porter sa gaine ».
_PUBLIC_REPLY_ORDER = (
    Construction(
        regex_cache.compile(
            # (an order, not the author's own answer: « je vous réponds en commentaire que… »)
            r"(?<!\bje )(?<!\bj')(?<!\bnous )(?<!\bon )(?<!\bvous )(?<!\bte )"
            r"\b(?:repon[dsz]\w*|ecri[stv]\w*|mets|mettez|dis|dites|publie\w*|poste\w*)(?:-lui|-leur)?\s+"
            r"(?:en public|publiquement|en commentaire|sous (?:son|l') avis)\b[^.!?\n]{0,40}?"
            # (what to say, not what to talk about: « je réponds en commentaire à vos questions »)
            rf"\b(?:que\b|qu')[^.!?\n]{{0,80}}?\b(?:{_CARE_NOUN}|gaine|consignes|opere\w*|soigne\w*)\b"
        )
    ),
)


# A review reply that plans the reviewer's next visit: « on fera une injection au prochain rdv ».
_NEXT_VISIT = (
    Construction(
        regex_cache.compile(
            r"\b(?:au|a votre|lors de votre|lors du) prochain (?:rdv|rendez-vous|controle|soin)\b"
            r"|\b(?:a|lors de) (?:la|votre) prochaine (?:consultation|seance|visite)\b"
            # her loyalty or next visit thanked in the reply: in dev and batches 93-132 all 41 review
            # replies saying « votre fidélité », « votre prochain passage » carry the rule
            r"|\b(?:votre|ta|ton) (?:fidelite|prochain passage|prochaine? (?:visite|seance|consultation"
            r"|injection|detartrage|soin|rendez-vous|rdv|controle))\b"
            r"(?! (?:sur|de|du) (?:notre |le |ce )?(?:site|page|compte|stand|blog))"
        ),
        ignore=frozenset({"hypothesis"}),  # « si ça persiste, on fera une injection au prochain rdv »
    ),
)


# The practice's patients handed over as a list (« l'export CRM des patientes opérées d'une rhinoplastie
# en 2024 », « importer la liste des patientes opérées dans Meta Ads »): in dev and batches 93-132 all
# 11 such texts carry the rule.
_PATIENT_LIST = (
    Construction(
        regex_cache.compile(
            r"\b(?:export\w*|liste|fichier|extraction)(?: crm| client\w*)? (?:des|de nos|de mes)"
            r" (?:\d[\d ]* )?(?:contacts? )?(?:patient|opere)\w*"
            r"|\bexport\w* crm\b[^.!?\n]{0,80}?\bpatient\w*"
        )
    ),
)


# (the rule has no negation qualifier, « elle n'a jamais été patiente » breaks secrecy too; a list is
# handed over only when nothing in its sentence refuses it, « nous ne transmettons jamais la liste de nos
# patients », « le fichier de nos patients : refusé », and someone outside the practice is in the text)
_REFUSAL = regex_cache.compile(r"\b(?:ne|n'|jamais|aucune?|interdit\w*|pas|refus\w*)\b|\bn'")
_OUTSIDER = regex_cache.compile(
    r"\b(?:agence|meta|facebook|google|ads|newsletter|audience|campagne|prestataire|mailchimp|retargeting"
    r"|tiers|photographe|laboratoire|labo|marque|influenceu\w*|export\w*)\b"
)


def _refused(context: Context, candidate: Candidate) -> bool:
    text = context.plain.text
    low, high = enclosing(text, candidate.start, candidate.end)
    if not _OUTSIDER.search(context.folded.text):
        return True
    return _REFUSAL.search(fold_string(text[low:high]).lower()) is not None


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Named people in a text about care, third persons said to be treated, patients greeted about
    their care in public, and review-reply sentences about the reviewer's care — except in a sentence
    the rule's sentence exceptions drop (« la cicatrice qui tire que vous décrivez »), whichever
    path found them."""
    return [c for c in _candidates(context, rule) if not _sentence_excepted(context, rule, c)]


def _sentence_excepted(context: Context, rule: Rule, candidate: Candidate) -> bool:
    if not rule.unless_sentence:
        return False
    sentence = context.sentence_at(candidate.start)
    if sentence is None:
        return False
    folded_sentence = context.sentence_texts(sentence)[1]
    return any(p.search(folded_sentence) for p in rule.unless_sentence)


def _candidates(context: Context, rule: Rule) -> list[Candidate]:
    candidates = _named_people(context, rule)
    candidates += construction_candidates(context, rule, _PUBLIC_REPLY_ORDER)
    candidates += construction_candidates(context, rule, _TOLD_TO_RELATIVE)
    candidates += [
        c for c in construction_candidates(context, rule, _PATIENT_LIST) if not _refused(context, c)
    ]
    recipients = _VISIBLE_RECIPIENTS.search(context.folded.text)
    if recipients and _CARE.search(context.folded.text) and _private_addresses(recipients.group()) >= 2:
        candidates.append(Candidate(rule.id, *context.plain_span(recipients.start(), recipients.end())))
    if context.channel in PUBLIC_CHANNELS:
        candidates += construction_candidates(context, rule, _PUBLIC_CONSTRUCTIONS)
        if not _asks_advice(context) and (
            _VOCATIVE_OPENING.match(context.folded.text)
            or _GREETED_OPENING.match(context.plain.text)
            or any(person.addressee for person in identifying_entities(context))
        ):
            candidates += construction_candidates(context, rule, _ADDRESSEE_POSTOP)
            candidates += _addressed(context, construction_candidates(context, rule, _SINGLED_OUT_SYMPTOM))
            # (a delay from a procedure she named herself, « à 3 semaines de ta rhinoplastie, c'est
            # normal », answers her question: the practice tells nothing she had not told)
            if not NAMED_PROCEDURE.search(context.folded.text):
                candidates += _addressed(context, construction_candidates(context, rule, _POSTOP_DELAY))
    elif context.channel == "message":  # greeting the patient about her own care is fine in private
        candidates += construction_candidates(context, rule, _PUBLIC_CONSTRUCTIONS[:2])
    if context.channel == "avis-reponse":
        candidates += _reply_care(context, rule)
        # (a review reply speaks to its reviewer: what we told, planned or gave her tells she is a patient,
        # « malgré nos consignes répétées », « vous aviez signé le document d'information »)
        candidates += _addressed(context, construction_candidates(context, rule, _ADDRESSEE_POSTOP))
        candidates += _addressed(context, construction_candidates(context, rule, _POSTOP_DELAY))
        candidates += _addressed(context, construction_candidates(context, rule, _SINGLED_OUT_SYMPTOM))
        candidates += construction_candidates(context, rule, _RECOGNISED)
        candidates += construction_candidates(context, rule, _COUNTED_AMONG)
        candidates += construction_candidates(context, rule, _NEXT_VISIT)
    return candidates
