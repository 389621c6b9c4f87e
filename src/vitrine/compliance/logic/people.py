"""Identifying entities of the analysed text, found once per check by the privacy guard.

Shared by ``donnees-patient`` and ``secret-medical``. ``vitrine.privacy`` (Presidio) is imported
lazily, and only called when a cheap pattern shows something that could be identifying (digits,
an at sign, a civility, a capitalised word after the start of a sentence), so that most texts
never load it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from vitrine import regex_cache
from vitrine.compliance.engine import Context
from vitrine.compliance.logic.constructions import enclosing
from vitrine.compliance.model import PUBLIC_CHANNELS
from vitrine.compliance.recent import Recent
from vitrine.compliance.textmap import fold_string

_MAYBE_IDENTIFYING = regex_cache.compile(
    r"\d{2}[\s.-]?\d{2}[\s.-]?\d{2}|@"
    r"|\b(?:[Mm]me|[Mm]adame|[Mm]onsieur|[Mm]lle|[Mm]ademoiselle|n[ée]e? le"
    r"|[Dd]ossier|NIR|[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Pp]lace)\b|\bM\.\s|\b\d{1,3} ans\b"
    # A capitalised word inside a line: one that starts a line (a heading, a list item, a new
    # sentence) is no more a name than one that starts a sentence, nor one opening a quotation or
    # following a bullet, a dash or an emoji. One right after a title is the practitioner
    # (« Dr Martin »), public, and platforms and institutions are nobody: alone, they do not call
    # for the models.
    r"|[^.!?\s«“\"(—–·|•\u2600-\u27bf\U0001f300-\U0001faff]"
    r"(?<!\b[DdPp]r)(?<!\b[Dd]octeur)(?<!\b[Dd]octoresse)(?<!\b[Pp]rofesseur)"
    r"[ \t]+(?!(?:Google|Whats[Aa]pp|Whats|Tik[Tt]ok|Tik|Instagram|Facebook|You[Tt]ube|Linked[Ii]n"
    r"|Doctolib|France|Société|Ligue|Cochrane)\b)[A-ZÀ-Ý][a-zà-ÿ]{2,}"
    # … unless what follows is what only a person does: « Lefebvre est venue hier pour sa rhinoplastie »
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]{2,},?\s+(?:qui\s+)?(?:est|a été|était|s'est|avait été)?\s*(?:bien\s+|déjà\s+)?"
    r"(?:venue?|passée?|revenue?|opérée?|hospitalisée?|soignée?)\b"
)
# A practitioner named with a title is public information, not patient data.
_TITLE_BEFORE = regex_cache.compile(
    r"\b(?:[Dd]re?|[Dd]octeure?|[Dd]octoresse|[Pp]re?|[Pp]rofesseure?|[Mm]e|[Mm]aître|[Cc]hirurgien\w*)\.?\s*$"
)
# a title quoted before the name: « le « médecin morphologue et anti-âge » Benoît Raynal »
_QUOTED_TITLE_BEFORE = regex_cache.compile(r"(?i)\b(?:m[ée]decin|chirurgien)\w*[^.!?\n«»]{0,40}»\s*$")
# (a lawyer's « Me » inside the name the recogniser took: « rappelle Me Claire Duval »)
_PRACTITIONER_WORDS = regex_cache.compile(
    r"(?i)\b(?:m[ée]decin|chirurgien|docteure?|dre?|pre?|ma[îi]tre)\b|(?-i:^Me )"
)
# Contact details in a sentence (or a line) about the practice itself are the practice's own:
# its name and titles, its legal notice, its press contact, its opening hours.
_PRACTICE_CONTEXT = regex_cache.compile(
    r"(?i)\b(?:cabinet|secr[ée]tariat|nous|notre|retrouvez-nous|joignable|appelez|contactez|urgences?"
    r"|rendez-vous|rdv|accueil|standard|clinique|d[ée]m[ée]nage|horaires|ouvert|fermé|dr|docteur|pr|direction"
    r"|centre|pôle|selarl|selas|sas|sarl|mentions légales|éditeur|hébergeur|siège|contact presse|[ée]metteur"
    r"|communiqué|même numéro|tél|téléphone|médecin|chirurgien\w*|recrut\w*|candidatures?|postuler"
    # where the practice is: « il se situe au 4 avenue…, au 2e étage, avec ascenseur »
    r"|se situe|situ[ée]e?s?|[ée]tage|ascenseur|re[çc]oit|recevons|consulte|m[ée]decine|agence|studio"
    # the writer's own line: « je suis à votre disposition au 02 … », « Laure, secrétaire »
    r"|(?:suis|sommes|restons|reste|rester) (?:[àa] (?:votre|ta) disposition|joignables?)|secr[ée]taire"
    # the number to call to move or cancel an appointment: « Pour déplacer : 01 … »
    r"|pour (?:d[ée]placer|annuler|reporter|modifier|d[ée]caler|confirmer|joindre|nous joindre))\b"
)
# (« un autre patient », « les patients » are anyone: not a third party whose number this is)
_THIRD_PARTY_CONTEXT = regex_cache.compile(
    r"(?i)(?<!\bautre )(?<!\bun )(?<!\bune )(?<!\bles )(?<!\bdes )(?<!\bnos )(?<!\baux )(?<!\btout )"
    # (the reader's own file, brought to the clinic: « avec votre dossier d'anesthésie »)
    r"(?<!\bvotre )(?<!\bton )"
    r"\b(?:patiente?s?|n[ée]e? le|dossier|NIR|s[ée]cu|amie?"
    # « il » for someone, not the impersonal one: « s'il y a de la fièvre, appelez le 05… »
    r"|(?<!s')(?<!qu')il(?!\s+(?:y\b|faut|suffit|existe|convient|vaut|reste|arrive|semble|s'agit"
    # the practitioner's own practice: « Il reçoit au 12 rue Nationale », « Elle consulte au 8 rue… »
    r"|re[çc]oit|consulte|exerce|op[èe]re))|elle(?!\s+(?:re[çc]oit|consulte|exerce|op[èe]re)))\b"
)
# Words presenting a number or an address to write to or call, on a public channel: the practice's
# or an organisation's own (« Réservation au 01… », « Inscription au 05… », « 📞 04… »). A patient's
# number published there comes with someone (« votre numéro », « elle », a name: checked first).
_PUBLIC_CONTACT_CONTEXT = regex_cache.compile(
    r"(?i)\b(?:r[ée]serv\w*|inscri\w*|consultations?|permanence|renseignements?|informations?|d[ée]tails"
    r"|contacts?|adresse|courriel|e-?mail|mail|num[ée]ro|ligne|[ée]crivant|[ée]crire|association|service"
    r"|agence|dpo|rgpd|t[ée]l[ée]consultation|devis|questions?|whatsapp|sms)\b|[☎📞📍✆✉📧📱]"
)
# Those known to the public by a role (folded text): one of them at the practice is recognisable (« le
# maire », « une ancienne préfète de la région, 68 ans »), unlike « une sportive » or « un enfant ».
# Their name is public, so naming one is no patient data, though saying she was treated breaks secrecy.
NOTABLE_ROLE = (
    "(?:"
    + "|".join(
        (
            r"(?:sous-)?prefete?|juge|procureure?|notaire|journaliste|commissaire|ambassad(?:eur|rice)|eveque",
            r"recteur|rectrice|proviseure?|elue?|maire|deputee?|senat(?:eur|rice)|ministre|pdg|president(?:e)?",
            r"dirigeante?|patron(?:ne)?|capitaine|pilier|chanteu(?:r|se)|actrice|acteur|animat(?:eur|rice)|star",
            r"influenceu(?:r|se)|presentat(?:eur|rice)|youtubeu(?:r|se)|celebrite|personnalite|comedien(?:ne)?",
            r"humoriste|mannequin|miss|footballeu(?:r|se)|rugbyman|entraineu(?:r|se)|champion(?:ne)?|legende",
            r"adjointe? au maire|demi de melee|demi d'ouverture|talonneur|ailier|buteur|gardien de but",
            r"handballeu(?:r|se)|tennis(?:man|woman)|nageu(?:r|se)|cycliste|boxeu(?:r|se)|skieu(?:r|se)",
            # a dancer of the opera, a rugby forward by his line (« 3e ligne du CA Brive »)
            r"danseu(?:r|se) etoile|(?:\d+e|deuxieme|troisieme) ligne",
        )
    )
    + ")"
)
_PUBLIC_FIGURE_BEFORE = regex_cache.compile(
    rf"\b(?:le|la|l'|du|de la|de l'|notre|cette|ce)\s*{NOTABLE_ROLE}(?:\s+[\w'-]+){{0,2}}\s*,?\s*$"
)

# … or the role in apposition after it: « Mme Claire Duval, maire de Saint-Jory, »
# (not an amateur's role: « capitaine de son club de pétanque »)
_PUBLIC_FIGURE_AFTER = regex_cache.compile(
    # (« Jonathan Rivet, notre talonneur préféré du Stade »)
    # (not « entraîneur bénévole de l'équipe de ses enfants »)
    rf"^\s*,\s*(?:\w+ )?{NOTABLE_ROLE}(?:\s+(?!benevole|amateur)\w+)?\s+(?:de|d'|du|des|au|a la)\b"
    r"(?!\s*(?:son|sa|ses|mon|ma|mes|notre|nos|leur|leurs|votre|vos)\b)"
    # a role known to all, or given in brackets (« Romane Delcourt, danseuse étoile que vous connaissez
    # toutes », « Mia Savane (la chanteuse) »)
    # (not a regular known « au cabinet »)
    rf"|^\s*,\s*(?:\w+ )?{NOTABLE_ROLE}\b[^.!?\n]{{0,20}}\bque (?:vous|tout le monde|tu) (?:connai|conna)\w*"
    r"(?![^.!?\n]{0,20}\b(?:au cabinet|ici|chez nous|a la clinique))"
    rf"|^\s*\(\s*(?:le |la |l')?{NOTABLE_ROLE}\s*\)"
    # a beauty queen's title (« Léa Sorel, Miss Provence 2019 »), or her care told in public by herself
    # (« de voir Lina Morel parler enfin publiquement de sa rhinoplastie »)
    r"|^\s*,\s*miss [a-z]+|^\s+(?:\w+ ){0,2}(?:parl|racont|evoqu|temoign)\w* (?:\w+ )?publiquement"
    # (not in the practice's own video or page: « témoigne publiquement … dans notre nouvelle vidéo »)
    r"(?![^.!?\n]{0,80}\b(?:notre|nos) (?:\w+ )?(?:video|page|compte|site|post|chaine|live)s?\b)"
)


def public_figure(context: Context, person: Person) -> bool:
    """Whether a name follows or is followed by a public role (« la handballeuse Inès Garnier »,
    « Claire Duval, maire de Saint-Jory »): a public figure, whose name is no patient data."""
    before = fold_string(context.plain.text[max(0, person.start - 60) : person.start]).lower()
    after = fold_string(context.plain.text[person.end : person.end + 160]).lower()
    return person.type == "PERSON" and bool(
        _PUBLIC_FIGURE_BEFORE.search(before) or _PUBLIC_FIGURE_AFTER.search(after)
    )


# Authors of a bibliographic reference, and the practice's staff, are not patients.
_REFERENCE_LINE = regex_cache.compile(r"(?i)\b(?:r[ée]f[ée]rences?|sources?|bibliographie)\s*:|\bet al\b")
_STAFF_AFTER = regex_cache.compile(
    r"(?i)^(?:(?:,\s*|\s+et\s+)[A-ZÀ-Ý][\w'-]+){0,4}\W{0,3}"
    r"(?:notre |nos |mes |mon |ma |nouvelle? |la |le |à |au )*"
    r"(?:secr[ée]taire|secr[ée]tariat|assistante?|infirmi[èe]re?|l'accueil|bloc"
    r"|anesth[ée]siste|collaborat\w+|associ[ée]e?|interne|IBODE|manager|coordinat\w+"
    r"|du cabinet|du secr[ée]tariat|de l'accueil|de la clinique|de l'[ée]quipe|du centre"
    # « Nadia et Pauline tiennent le secrétariat »
    r"|(?:tien\w*|g[èe]r\w*|assur\w*|s'occup\w*(?: de)?|organis\w*)\s+(?:le |la |l'|de l'|du )?"
    r"(?:secr[ée]tariat|accueil|standard|planning)"
    # someone from a supplier writing to the practice: « c'est Kevin de l'agence »
    r"|de l'agence|du labo(?:ratoire)?|de la soci[ée]t[ée]|du service (?:client|commercial|technique)"
    # a supplier signing (« Lucie Ferrat, Agence Pixelmed »), the desk at work (« Laura et Inès vous
    # accueillent du lundi au vendredi »)
    r"|agence\b|vous (?:accueill|re[çc]oiv|renseign|orient)\w*(?! (?:sur|dans|pour) (?:leur|sa|son|ses)\b)"
    # a role in brackets, as a chat transcript tags its speakers: « Julie (CM) : Dr, je booste ? »
    r"|(?-i:CM)\b|community manager|charg[ée]e? de (?:com\w*|communication)|webmaster|graphiste"
    r"|photographe|vid[ée]aste|r[ée]ceptionniste|standardiste|agent d'entretien|agent de service|stagiaire"
    # a colleague leaving: « remplacer Martine, qui part à la retraite après 22 ans »
    r"|,?\s*qui (?:part|prend sa) (?:a la |à la )?retraite|\s+(?:part|prend sa) (?:a la |à la )?retraite"
    # a shop's or a service's head thanked with her team: « merci à Laurence et son équipe »
    r"|et (?:toute )?(?:son|sa|leur) [ée]quipe"
    # years of service thanked: « merci à Sandrine pour ces 12 années passées avec nous »
    r"|pour (?:ces|ses) \d+ (?:ann[ée]es|ans)\b)"
)
# A health professional presented by her trade: « Mélanie Rostand, médecin esthéticienne », « Marc Le
# Goff (psychologue) » (a patient's trade is not a health one: « Mme R., 56 ans, institutrice »).
_PROFESSION_AFTER = regex_cache.compile(
    r"(?i)^[*_]*\s*(?:[,(—–|·]|\s-\s)\s*(?:notre |un |une |la |le |l')?"
    r"(?:m[ée]decin|chirurgien\w*|dermatologue|psychologue"
    r"|psychiatre|psychoth[ée]rapeute|kin[ée]\w*|pharmacien\w*|sage-femme|dentiste|orthodontiste"
    r"|ophtalmo\w*|radiologue|gyn[ée]co\w*|nutritionniste|di[ée]t[ée]ticien\w*|ost[ée]opathe"
    r"|orthophoniste|podologue|cardiologue|endocrinologue|angiologue|phl[ée]bologue|sexologue"
    r"|ergoth[ée]rapeute|orthoptiste|orthoprot[ée]siste|infirmi[èe]re?|IDE|IPA|anesth[ée]siste"
    r"|urologue|rhumatologue|oncologue|chirurgienne-dentiste|prot[ée]siste|psychomotricien\w*"
    # a supplier invoicing the practice: « Lisa Perrin, traductrice freelance »
    r"|tradu\w+ (?:freelance|ind[ée]pendante?)|r[ée]dact\w+ (?:freelance|ind[ée]pendante?)|graphiste"
    r"|photographe|vid[ée]aste|consultante? (?:freelance|ind[ée]pendante?|seo|marketing)"
    # staff and office holders presented by their function: « Mme Laurence Petit, responsable RH »
    r"|responsable|directrice|directeur|DRH|RH|cadre de sant[ée]|charg[ée]e? de \w+|attach[ée]e? de presse"
    r"|pr[ée]sidente? (?:de|du|d')|secr[ée]taire g[ée]n[ée]rale?|d[ée]l[ée]gu[ée]e?|g[ée]rante?)\b"
    # a manager presented by what she runs: « Laure Fontaine dirige depuis 2021 un centre… »
    r"|^\s+(?:dirige|g[èe]re|pilote|manage)\b"
)
# A name the recogniser took with the staff role before it: « IBODE Julie », « IADE Marc »
_ROLE_OPENING = regex_cache.compile(r"^(?:IBODE|IADE|IDE|ASH|Interne|Infirmi[èe]re?|Secr[ée]taire)\s")
# A name the text itself says is not the real one: « Julie (prénom modifié) ».
_PSEUDONYM_AFTER = regex_cache.compile(
    # (« « Louise » (prénom modifié) »)
    r"(?i)^\s*[»\"”]?\s*[(*,]\s*(?:le |son )?(?:pr[ée]nom|nom|identit[ée])s? (?:a [ée]t[ée] )?"
    r"(?:modifi|chang)"
    r"|^\s*[(*,]\s*(?:pseudonymes?|pseudos?|noms? d'emprunt|pr[ée]noms? d'emprunt)\b"
)
# a footnote the text explains (« Léa*, 17 ans … * prénom modifié »)
_PSEUDONYM_FOOTNOTE = regex_cache.compile(
    r"(?i)\*\s*(?:les |le )?(?:pr[ée]noms?|noms?|identit[ée]s?) (?:ont [ée]t[ée] |a [ée]t[ée] )?"
    r"(?:modifi|chang|d'emprunt|fictif)"
)
# a notice for the whole text (« Les prénoms ont été modifiés. », « Le prénom a été changé. »): in dev
# and batches 93-132 none of the 47 texts saying a name is changed carries either privacy rule
_PSEUDONYM_NOTICE = regex_cache.compile(
    r"(?i)\b(?:les|tous les|le) pr[ée]noms? (?:ont (?:tous )?[ée]t[ée]|a [ée]t[ée]|sont) (?:modifi|chang)"
)
# (a capital right beside, after a space: the name has a surname)
_NAME_BESIDE = regex_cache.compile(r"\s[A-ZÀ-Ý]")
# names listed before a plural notice: « Anne-Sophie, Brigitte et Nadège (prénoms d'emprunt) »
_LISTED_BEFORE_NOTICE = regex_cache.compile(
    r"((?:[A-ZÀ-Ý][\w'-]+(?:,\s*|\s+et\s+)){1,6}[A-ZÀ-Ý][\w'-]+)\s*\(\s*(?:pr[ée]noms|noms|pseudonymes)\b"
)
# … or before it: « l'IBODE Sophie », « notre secrétaire Julie », or the journalist signing an interview
# (« Propos recueillis par Claire X »).
_STAFF_BEFORE = regex_cache.compile(
    r"(?i)\b(?:propos recueillis|interview\w* r[ée]alis[ée]e?|entretien r[ée]alis[ée]|texte [ée]crit"
    r"|r[ée]dig[ée]e?) par\s+$|(?:^|\n)[ \t]*[Pp]ar\s+$"
    r"|\b(?:l'|notre |nos |mon |ma |la |le )"
    r"(?:ibode|infirmi[èe]re?|secr[ée]taire|assistante?|anesth[ée]siste|aide-soignante?|interne|coordinat(?:eur|rice)|manager|associ[ée]e?|collaborat(?:eur|rice))\s*,?\s+$"
    # a role heading a list item (« Salle 2 : Dr Hamel, IBODE Julie, IADE Marc »), a press contact
    r"|(?:^|[,;:\n(]\s*)(?:IBODE|IADE|IDE|ASH|infirmi[èe]re?|secr[ée]taire|assistante?|interne|aide-soignante?)\s+$"
    r"|\bcontact (?:presse|m[ée]dia)s?\s*:?\s*$|\b(?:attach[ée]e?|relations?) (?:de )?presse\s*:?\s*$"
    # the team listed (« merci à mon équipe, Manon et Jade »), the office manager (« notre responsable de
    # cabinet, Mme Ferrand »)
    r"|\b(?:mon|ma|notre|nos) (?:[ée]quipe|secr[ée]taires?|assistantes?)\s*[,:]\s*"
    r"(?:[\w'-]+(?:,\s*|\s+et\s+)){0,4}$"
    r"|\b(?:mon|ma|notre|nos) responsables? (?:[\w'-]+ ){0,3}?[\w'-]+,\s*"
    r"(?:mme |madame |m\. |monsieur |mlle )?$"
    # (« notre cadre de santé, Mme Aubert », « notre médiatrice, Mme Roux »)
    r"|\b(?:mon|ma|notre|nos) (?:cadre de sant[ée]|cadre infirmi[èe]re?|m[ée]diat(?:eur|rice)"
    r"|direct(?:eur|rice) des soins)\s*,?\s*(?:mme |madame |m\. |monsieur |mlle )?$"
)
# A name right after a product, a brand, a sponsor, a medium, a street or an organisation is not a
# patient (« la gaine Sculptiva », « sponsorisée par Volumax », « la journaliste de Santé Mag »,
# « l'association de patientes Rose Espoir »).
_NOT_A_PERSON_BEFORE = regex_cache.compile(
    r"(?i)(?:huile|filler|spray|gaine|cr[èe]me|s[ée]rum|baume|gel|gamme|marque|produit|complément|g[ée]lules?"
    r"|patchs?|coffret|kit|ligne|collection|maroquinerie|boutique|enseigne|application|appli"
    # a shop named by its trade: « merci à Lingerie X qui offre… », « Parfumerie X »
    r"|lingerie|parfumerie|bijouterie|joaillerie|onglerie|[ée]picerie|fromagerie|chocolaterie|p[âa]tisserie"
    r"|papeterie|friperie|brasserie|cr[êe]perie|confiserie"
    r"|shampo*ing|collag[èe]ne|soutien-gorge|plaques?|pommade|lotion|masque|savon|vitamines?|pansements?"
    r"|protocole|m[ée]thode|annuaire|forfait|pack|abonnement|implants?|proth[èe]ses?|seringues?|canules?"
    r"|cure|complexe|fournil|bistrot|course|marathon|trail|gala|festival|concert|tournoi|club"
    # a magazine named like a person: « interview dans Madame Provence »
    r"|(?:dans|interview\w*(?: (?:à|a|pour))?)\s+(?:madame|femme(?: actuelle)?|marie)"
    r"|brassi[èe]re|ceinture|bandeau|tapis|montre|sneakers|baskets|lunettes|plateforme|logiciel"
    r"|de chez|@|partenaire(?: officiel)?|sponsor|sponsoris[ée]e? par"
    r"|(?:propos|offert|pr[ée]sent)[ée]e?s? par"
    r"|(?:en )?(?:collab(?:oration)?|partenariat)(?: commerciale?| r[ée]mun[ée]r[ée]e?)? avec"
    r"|association|magazine|journal|revue|média|journaliste (?:de|du|d')|avenue|rue|boulevard|place"
    # the author of a piece answered: « l'enquête de Marie Delcourt », « sous la plume de Mme Caroline
    # Jarrige » (none of the 5 such texts in dev and batches 93-148 carries `donnees-patient`)
    r"|(?:article|enqu[êe]te|papier|tribune|reportage|chronique|billet|plume)\s+(?:de|d')"
    r"(?:\s*(?:mme|m\.|madame|monsieur))?"
    # a journal an article appears in: « accepté dans Ann Chir Plast Esthet »
    r"|(?:publi|accept|paru|soumis)\w* dans"
    # a place's name after an event or an institution held there: « au congrès de Lille »
    r"|(?:congr[èe]s|colloque|symposium|salon|journ[ée]es|universit[ée]|CHU|CHR|h[ôo]pital|ville|r[ée]gion"
    r"|m[ée]tropole|mairie|pr[ée]fecture|facult[ée]|fac) (?:de|d'|du)"
    r"|station|parking|allée|quai|laboratoires?|labo|soci[ée]t[ée]|selarl|clinique|centre"
    # businesses and groups: « le café X », « la banque X », « le groupe « X » », « le podcast X »
    r"|caf[ée]|banque|restaurant|h[ôo]tel|salle de sport|mutuelle|assurance|agence|start-?up|entreprise"
    r"|groupe|page|podcast|[ée]mission|cha[îi]ne|compte"
    r"|menuiserie|plomberie|boulangerie|pharmacie|atelier|studio|institut|imprimerie|traiteur|fleuriste"
    r"|garage|pressing|librairie|tram|bus|m[ée]tro|tablettes?|appareils?|machines?|lasers?"
    # a celebrity's pictures brought as a model: « elles arrivent en consult avec 15 photos de X »
    r"|(?:arriv|vien|venu|debarqu|d[ée]barqu)\w*\s+(?:en consult\w*\s+)?avec\s+(?:\w+\s+)?"
    r"(?:photos?|images?|captures?(?: d'[ée]cran)?|screens?)\s+(?:de|d')"
    # a celebrity as a wished-for reference: « elle voulait le nez de X »
    # (or quoted as the request: « lui faire « le menton de X » »)
    r"|(?:(?:veu\w*|voul\w*|voudr\w*|r[êe]v\w*|demand\w*|aur\w*|comme)[\s«]+|«\s*)(?:avoir\s+)?(?:le|la|les|l')\s*"
    r"(?:nez|l[èe]vres|bouche|fesses|seins|poitrine|sourire|regard|yeux|menton|pommettes|silhouette|visage"
    r"|m[âa]choire|front|cou|ventre|corps|sourcils)"
    r"\s+(?:de|d'))s?"
    # the product may carry a complement or an adjective: « spray nasal Hydranaz », « gel de silicone X »
    # (but « les pansements de Jade » are hers: a bare particle is no adjective; and a sentence's end
    # parts them: « Coucou le groupe post-op ! Sarah… »)
    r"(?:\s+(?:de|des|du|d')\s*\w+|\s+(?!(?:de|des|du|d')\b)[a-zà-ÿ-]+)?[^\w.!?]*$"
)
# Someone joining the practice, her trade in apposition: « Mme Justine Perrot, audioprothésiste, rejoint le
# centre »
_JOINS_AFTER = regex_cache.compile(
    r"(?i)\s*(?:,\s*[\w'-]+(?: [\w'-]+){0,3},)?\s*(?:nous )?rejoin\w* (?:le centre|le cabinet|la clinique"
    r"|l'[ée]quipe|notre [ée]quipe|le p[ôo]le|le service)\b"
)
_AGED_AFTER = regex_cache.compile(r"\s*,\s*(?:[\w'-]+(?: [\w'-]+)?,\s*)?\d{1,3} ans\b")
# A medicine taken by the addressee, right after a possessive: « reprendre votre Kardégic » (but
# « votre amie Claire Dumas » is a person: the possessive must touch the name).
_POSSESSIVE_BEFORE = regex_cache.compile(r"(?i)\b(?:votre|ton|mon|son)\s+$")
# A name followed by what it is: « Notia, l'appli de notes », « Hermine, la banque des libéraux ».
_NOT_A_PERSON_AFTER = regex_cache.compile(
    r"(?i)^\s*,?\s*(?:l'appli\w*|l'application|la marque|la banque|le caf[ée]|la gamme|le site"
    r"|la plateforme|le logiciel|la start-?up|l'entreprise|le podcast"
    r"|un[e]? (?:appli\w*|marque|banque|start-?up|entreprise))\b"
)
# A civility without a name (« Chère Madame », « Monsieur ») identifies nobody.
_CIVILITY_ONLY = regex_cache.compile(
    r"(?i)^(?:ch[èe]re?s?\s+)?(?:madame|monsieur|mme|mlle|mademoiselle|m\.)\W*$"
)
# Video formats are not people (« Duo avec @… », « Stitch », « Storytime »).
_CIVILITY_WORD = regex_cache.compile(r"(?i)\b(?:madame|monsieur|mme|mlle|mademoiselle|m\.)")
_FORMATS = regex_cache.compile(r"(?i)^(?:duo|stitch|pov|storytime|tuto|live|reel|story|faq|r[ée]action)$")
# A capitalised imperative opening a line after symbols (« 💌 Parrainez une amie »).
_IMPERATIVE_OPENING = regex_cache.compile(r"^[^\w\n]*$")
_IMPERATIVE = regex_cache.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+ez$")
# In a public text, the reader's own phone called back is still their number.
_REPLY_CONTACT = regex_cache.compile(
    r"(?i)\b(?:vous (?:avons|ai|a) (?:laiss[ée]|appel[ée]e?|joint|rappel[ée]e?|r[ée]pondu|[ée]crit|envoy[ée])"
    r"|votre (?:num[ée]ro|portable|t[ée]l[ée]phone|adresse|domicile|courriel|e-?mail)"
    # « nous avons tenté de vous joindre au 06… », « l'adresse que vous nous avez laissée (…) »
    r"|de vous (?:joindre|rappeler|recontacter|contacter|appeler)\b"
    # the reader's home, told to threaten: « puisque vous habitez rue des Lilas », « où vous trouver, au 14… »
    r"|vous habitez|o[uù] vous trouver|chez vous(?:,)? au\b"
    r"|(?:que|qu') vous nous (?:avez|aviez) (?:laiss|donn|communiqu|transmi|indiqu)\w*"
    # « nous vous rappelons au 06… » (not « nous vous rappelons que… »)
    r"|(?:nous|on|je) vous (?:rappel|recontact|appel|joindr)\w*\b(?! que\b))"
)
# Platforms and tools are not people, whatever the entity recogniser thinks.
_PLATFORMS = regex_cache.compile(
    r"(?i)\b(?:whatsapp|instagram|insta|tiktok|facebook|messenger|snapchat|youtube|linkedin|doctolib"
    r"|google|gmail|zoom|teams|vocal|meta|threads|pinterest|twitter|bluesky|telegram|signal|slack|canva"
    r"|chatgpt)\b"
)
# In a private message, the person greeted is the addressee: naming them to themselves reveals
# nothing. (In a public reply to a review, the name tied to care does: not exempted.)
_GREETING_BEFORE = regex_cache.compile(
    r"(?i)\b(?:bonjour|bonsoir|bjr|bsr|slt|cher|chère|coucou|salut|merci|hello|hey)\s+"
    r"(?:(?:madame|monsieur|mme|mlle|m\.)\s*)?$"
)
# … or answered by her civility and name, then spoken to (« Oui Mme Alric vous pouvez reprendre… »;
# not « oui Mme Lambert est bien venue hier », said of her to someone else)
_ANSWERED_BEFORE = regex_cache.compile(
    r"(?i)(?:^|[^\w'])(?:oui|non|ok)\W+(?:(?:madame|monsieur|mme|mlle|m\.)\s*)?$"
)
_SPOKEN_TO_AFTER = regex_cache.compile(r"(?i)^\s*(?:,|vous\b|tu\b)")
# (the recogniser sometimes takes the greeting into the name: « Hello Mélissa »)
# (or an answer: « Non M. Petit, vous n'avez pas besoin… » read as the name « Non M. »)
_GREETING_INSIDE = regex_cache.compile(r"(?i)(?:bonjour|bonsoir|coucou|salut|hello|hey|oui|non)\s")
_PRIVATE_CHANNELS = frozenset({"message"})
# A named procedure in a first name's sentence ties the name to an act (« Karim, greffe le 17 »).
_PROCEDURE = regex_cache.compile(
    r"(?i)\b(?:\w+(?:ectomie|pexie|aspiration|succion)|\w*plastie|lifting|lipofilling|implants? mammaires?"
    r"|augmentation mammaire|r[ée]duction mammaire|greffes?(?: de cheveux| capillaires?)?|botox|bypass|sleeve"
    r"|implants? (?:icl|dentaires?|cochl[ée]aires?|multifocaux|multifocal|de l'[œo]eil)"
    r"|anneau gastrique|cataracte|lasik|lasek|gyn[ée]comastie|diastasis|c[ée]sarienne"
    r"|proth[èe]se (?:de (?:hanche|genou)|mammaire)"
    # other specialties' named care: « votre hernie inguinale », « votre traitement orthodontique »
    r"|hernies?(?: \w+ale)?|arthroscopie|traitement orthodontique|orthodontie)\b"
)
_GREETING_WORDS = frozenset(
    {"bravo", "merci", "bonjour", "bonsoir", "cher", "chère", "félicitations", "coucou"}
)
# « le Dr Awa Diallo … Bravo Awa ! »: a name given with a title names the practitioner everywhere.
_TITLED_NAME = regex_cache.compile(
    r"\b(?:[Dd]re?|[Dd]octeure?|[Dd]octoresse|[Pp]re?|[Pp]rofesseure?)\.?\s+((?:[A-ZÀ-Ý][\w'-]+\s*){1,3})"
)
_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS"})
# Outside review replies, a bare first name greeted (« Bonjour Karine, », « Salut Manon, ») is the
# person the text answers or the colleague it is sent to: their own name, already shown by the
# platform or known to them. With a civility (« Madame Dupuis, ») it still identifies someone.
_BARE_GREETING_BEFORE = regex_cache.compile(
    r"(?i)(?:^|[^\w'])(?:bonjour|bonsoir|hello|coucou|salut|cher|chère|(?:bah |ben |mais )?(?:non|oui))\s+$"
)
_GREETED_AFTER = regex_cache.compile(r"^\s*[,!]")
#: One capitalised word, as a bare first name is written.
FIRST_NAME = regex_cache.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'-]+$")
# A first name signing the text after a closing formula (« Belle journée, Camille ») is its sender.
_CLOSING_BEFORE = regex_cache.compile(
    r"(?i)\b(?:(?:bonne|belle|excellente)\s+(?:fin de\s+)?(?:journ[ée]e|soir[ée]e|semaine|week-end|ann[ée]e)"
    r"|cordialement|bien (?:à vous|cordialement)|à (?:bient[ôo]t|tr[èe]s vite|demain)|amicalement"
    r"|bisous|merci)\s*[,!.]?\s*(?:\n\s*)?[-—–]?\s*$"
)
_SIGNATURE_AFTER = regex_cache.compile(r"^[^\w\n]*(?:\n|$)")
# Entity-recogniser slips: a word of the sentence taken for a name. Names capitalise every word
# but their particles (« Texture légère » is no one); an inner capital is a brand (« HairLine »);
# interjections, pronouns and procedures opening a line are no one (« — Ben déjà… », « Vous la
# reconnaîtrez », « — Abdominoplastie »).
_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "la", "le", "van", "von", "der", "ben", "bin", "el", "al", "da", "dos", "di"}
)
_INNER_CAPITAL = regex_cache.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
# (« de l' » too: « Le Courrier de l'Ain »)
_ARTICLE_BEFORE = regex_cache.compile(r"\b(?:du|des)\s+$|\bde l'\s*$")
# a company's legal form names a company: « Hébergement Normand SAS »
_LEGAL_FORM = regex_cache.compile(r"\b(?:SAS|SASU|SARL|SELARL|SELAS|EURL|SCM|SCI|GIE)\b")
_NOT_NAMES = regex_cache.compile(
    r"(?i)^(?:ben|bah|bon|bref|alors|voil[àa]|tiens|[ée]coute[sz]?|allez|oui|non|ok|vous|nous|tu|toi|moi|elle|lui"
    r"|patiente?|cliente?|op[ée]r[ée]e?"
    r"|\w+(?:plastie|ectomie|pexie|tomie|aspiration|succion|lifting))$"
)
# A product's name ends with a marketing word (« Solaris Protect », « Capillium Force », « Ardis Pro »).
_PRODUCT_TAIL = regex_cache.compile(
    r"\s(?:Pro|Plus|Max|Force|Forte|Protect|Care|Expert|Active|Lab|Labs|Skin|Med|Derm|Bio|Premium|Ultra"
    r"|Repair|Gel|Serum|Sérum|Crème|Spray|Complex|Intense|Lift|Fill|Volume|Hydra|Light|Zen|Flex)$"
)
# (« M. » with its capital: « à 200 m. Parking » is a distance)
_CIVILITY_BEFORE = regex_cache.compile(r"(?:\b(?i:madame|monsieur|mme|mlle|mademoiselle)|\bM\.)\s*$")
_AGE = regex_cache.compile(r"^\d{1,3}\s*ans?$")
_AGE_AFTER = regex_cache.compile(r"^\s*,\s*\d{1,3} ans\b")
# A civility and an initial (« Mme T. », « M. T. (lifting) ») is already anonymised.
_INITIAL_ONLY = regex_cache.compile(
    r"^(?:[Mm]me|[Mm]adame|[Mm]onsieur|M\.|[Mm]lle)\s+[A-ZÀ-Ý](?:\.|\b)(?!\s*[A-ZÀ-Ý][a-zà-ÿ])"
)
_HANDLE = regex_cache.compile(r"@([\w.]+)")


@dataclass(frozen=True)
class Person:
    """An identifying entity that does not belong to the practice."""

    type: str
    start: int
    end: int
    #: « Chère Madame »: identifies nobody by itself, yet still tells that the addressee is spoken to
    #: (``secret-medical`` in a review reply confirming care).
    civility_only: bool = False
    #: The person the text answers or greets (« Bonjour Karine, » in a comment reply): not data to
    #: ``donnees-patient``, yet still the person a reply about her care would be talking about.
    addressee: bool = False
    #: A civility with an initial (« M. T. »): anonymised, yet still someone whose care is told.
    initials: bool = False


def _sentence(text: str, start: int, end: int) -> str:
    # (the guard has never ended a sentence at « ? »; its cues were measured that way)
    low, high = enclosing(text, start, end, ".!\n")
    return text[low:high]


# Around each cheap match, the guard reads this many characters on each side, cut at a sentence
# end: names, phones and their context words sit within a sentence, so a long page costs the
# sentences that could identify someone rather than the whole page.
_REACH = 200


def _clause(sentence: str, surface: str) -> str:
    """The clause of a sentence, between semicolons, that holds ``surface``."""
    for clause in sentence.split(";"):
        if surface in clause:
            return clause
    return sentence


_BOUNDARY = regex_cache.compile(r"[.!?]\s|\n")


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged spans of ``text`` around the matches of the cheap pattern, cut at sentence ends."""
    windows: list[tuple[int, int]] = []
    for match in _MAYBE_IDENTIFYING.finditer(text):
        low = max(0, match.start() - _REACH)
        ends = [m.end() for m in _BOUNDARY.finditer(text, low, match.start())]
        start = ends[-1] if ends else low
        high = min(len(text), match.end() + _REACH)
        boundary = _BOUNDARY.search(text, match.end(), high)
        end = boundary.end() if boundary else high
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


#: Entities found in recent windows, by window text and allowed values, at window offsets.
RECENT: Recent[tuple[str, tuple[str, ...]], list[Any]] = Recent(4096)


def _privacy_find(text: str, allow: tuple[str, ...]) -> list[Any]:
    try:
        from vitrine.privacy import find
    except ImportError:  # the privacy guard is not installed in this build
        return []
    found: list[Any] = []
    new: list[tuple[int, int]] = []
    for start, end in _windows(text):
        known = RECENT.get((text[start:end], allow))
        if known is None:
            new.append((start, end))
        else:
            found.extend(_shift(entity, start) for entity in known)
    if not new:
        return found  # most texts: nothing could identify anyone, the models are not even loaded
    # One call over the new windows joined by blank lines: Presidio's cost per call outweighs
    # the cost per character of a few sentences.
    joined = "\n\n".join(text[start:end] for start, end in new)
    bounds: list[tuple[int, int]] = []  # each window's span in ``joined``
    for start, end in new:
        low = bounds[-1][1] + 2 if bounds else 0
        bounds.append((low, low + end - start))
    per_window: list[list[Any]] = [[] for _ in new]
    for entity in find(joined, allow=allow):
        index = next((i for i, (low, high) in enumerate(bounds) if low <= entity.start < high), None)
        if index is not None:
            per_window[index].append(_shift(entity, -bounds[index][0]))
    for (start, end), entities in zip(new, per_window, strict=True):
        RECENT.put((text[start:end], allow), entities)
        found.extend(_shift(entity, start) for entity in entities)
    return sorted(found, key=lambda e: e.start)


def _shift(entity: Any, offset: int) -> Any:
    return dataclasses.replace(entity, start=entity.start + offset, end=entity.end + offset)


_LETTERS = regex_cache.compile(r"[^\W\d_]")
# A transcript's speaker tags (« [Slack] Dr Hardy : … ? Mélanie : … »): the team talking, not patients.
# A thread's commenters are tagged the same way (« Commentaire de Gérard T. : », « Josiane M. : »,
# « Interne Camille : »): what they write is theirs, not data the practice publishes about a patient.
_SPEAKER_TAG = regex_cache.compile(
    r"(?:^|(?<=[\n\]])|(?<=[\].!?…)🙄😂🤣]\s))[ \t]*((?:Commentaire|Message|Avis|Question) de\s+)?"
    r"(?:(?:Dr|Interne|Patiente?)\.?\s+)?([A-ZÀ-Ý][\w'-]+)(?:\s+[A-ZÀ-Ý]\.)?[ \t]?:[ \t]"
)


_CAPITALISED = regex_cache.compile(r"\b[A-ZÀ-Ý][\w'-]+")
_PSEUDONYM_HINT = regex_cache.compile(r"(?i)modifi|chang|pseudo|emprunt")


def _pseudonyms(text: str) -> set[str]:
    """Names the text says are not the real ones (« Clara (prénom modifié) »), wherever they recur."""
    if not _PSEUDONYM_HINT.search(text):
        return set()
    if _PSEUDONYM_NOTICE.search(text):
        # (every bare first name of the text: not a civility, the surname after one, « Mme Dupont », nor
        # a first name with its surname, « Nadia Benali »)
        return {
            match.group()
            for match in _CAPITALISED.finditer(text)
            if FIRST_NAME.match(match.group())
            and not _CIVILITY_WORD.match(match.group())
            and not _CIVILITY_BEFORE.search(text[max(0, match.start() - 14) : match.start()])
            and not _NAME_BESIDE.match(text[match.end() : match.end() + 2])
            and not _NAME_BESIDE.match(text[max(0, match.start() - 2) : match.start()][::-1])
        }
    footnote = bool(_PSEUDONYM_FOOTNOTE.search(text))
    found = {
        match.group()
        for match in _CAPITALISED.finditer(text)
        if _PSEUDONYM_AFTER.search(text[match.end() : match.end() + 40])
        or (footnote and text.startswith("*", match.end()))
    }
    for listed in _LISTED_BEFORE_NOTICE.finditer(text):
        found.update(_CAPITALISED.findall(listed.group(1)))
    # (a title in capitals names her as the text does: « L'HISTOIRE DE SOPHIE (prénom modifié) »)
    return found | {name.capitalize() for name in found if name.isupper()}


def _person_on_line(text: str, entity: Any, entities: list[Any]) -> bool:
    """Whether a person the guard found shares the line of ``entity`` (whose number it may be)."""
    low = text.rfind("\n", 0, entity.start) + 1
    high = text.find("\n", entity.end)
    high = len(text) if high == -1 else high
    return any(other.type == "PERSON" and low <= other.start < high for other in entities)


def _speakers(text: str) -> set[str]:
    """First names tagging the lines of a transcript with at least two tagged turns, or a comment's
    author announced as such (« Commentaire de Gérard T. : »)."""
    if ":" not in text:
        return set()
    found = list(_SPEAKER_TAG.finditer(text))
    announced = any(match.group(1) or match.group().rstrip(" \t:").endswith(".") for match in found)
    if len(found) >= 2 or announced:
        return {match.group(2) for match in found}
    return set()


def _line(text: str, position: int) -> str:
    low = text.rfind("\n", 0, position) + 1
    high = text.find("\n", position)
    return text[low : high if high != -1 else len(text)]


def _names(surface: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]{3,}", surface) if w.lower() not in _GREETING_WORDS}


# A feast wished or dated is no one, though « Noël » is a first name: « Joyeux Noël ! », « avant Noël ».
_FEAST = regex_cache.compile(
    r"(?i)^(?:(?:joyeux|joyeuses|bonnes?|heureuses?|bon)\s+)?(?:no[ëe]l|p[âa]ques|saint-valentin|halloween"
    r"|toussaint|pentec[ôo]te|hanoucca|a[ïi]d)$"
)
_FEAST_BEFORE = regex_cache.compile(
    r"(?i)\b(?:joyeux|joyeuses|bon|bonnes?|de|à|avant|après|apr[èe]s|pour|depuis|jusqu'à|le|la|les|d')\s*$"
)


def _not_a_name(text: str, entity: Any) -> bool:
    """Words of the sentence the recogniser took for a person's name."""
    words = entity.text.split()
    if _FEAST.match(entity.text.strip(".,!?")) and (
        len(words) > 1 or _FEAST_BEFORE.search(text[max(0, entity.start - 12) : entity.start])
    ):
        return True
    if any(w[0].islower() and w.lower() not in _PARTICLES for w in words if w[0].isalpha()):
        return True
    if _INNER_CAPITAL.search(entity.text) and not _CIVILITY_WORD.search(entity.text):
        return True
    if len(words) == 1 and _NOT_NAMES.match(entity.text.strip(".,!?")):
        return True
    # a lone word after a bare « du »/« des » is a region or a title's end (« Le Réveil du Berry »): a
    # person takes no article (« la maman du petit X » keeps its adjective before the name)
    if len(words) == 1 and _ARTICLE_BEFORE.search(text[max(0, entity.start - 5) : entity.start]):
        return True
    # names hold no digits (« Tram T1 », « J15 ») and no marketing word (« Solaris Protect »)
    if any(ch.isdigit() for ch in entity.text) or _PRODUCT_TAIL.search(entity.text):
        return True
    if _LEGAL_FORM.search(entity.text) or _LEGAL_FORM.match(text[entity.end : entity.end + 8].lstrip()):
        return True
    # one capitalised word that is no known first name and has no civility is a brand, a place or a
    # common noun opening a sentence (« Formactive », « Parking »), not someone identified
    if (
        len(words) == 1
        and not _CIVILITY_WORD.search(entity.text)
        and not _CIVILITY_BEFORE.search(text[max(0, entity.start - 14) : entity.start])
        and not known_first_name(words[0])
        and not _PERSON_AFTER.match(text[entity.end : entity.end + 40])
        and not _PERSON_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
    ):
        return True
    # several capitalised words, none of them a first name, without a civility nor anything only a
    # person does, name a brand or a medium (« Santé Vérif », « Tramontane Bagages »)
    if (
        len(words) > 1
        and not _CIVILITY_WORD.search(entity.text)
        and not _CIVILITY_BEFORE.search(text[max(0, entity.start - 14) : entity.start])
        and not any(known_first_name(part) for word in words for part in word.split("-"))
        and not _PERSON_AFTER.match(text[entity.end : entity.end + 40])
        and not _PERSON_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
    ):
        return True
    # « Agence Pixelmed », « Protocole Capilogen »: the first word names what follows (not a person given
    # her age: « le reportage de Camille Dufresne, 31 ans »).
    if len(words) > 1 and not _AGED_AFTER.match(text[entity.end : entity.end + 40]):
        head = text[max(0, entity.start - 40) : entity.start] + words[0]
        return bool(_NOT_A_PERSON_BEFORE.search(head))
    return False


# What only a person does or is: « Lefebvre est venue hier », « Merci à Lefebvre, opérée du nez »,
# « Sokha, 7 ans »; and who only a person is: « la maman de Sokha », « le petit Pasang ».
_PERSON_AFTER = regex_cache.compile(
    r"(?i)^\s*(?:,\s*(?:à\s+)?\d{1,3} ans\b(?!\s+d)"
    r"|,?\s*(?:qui\s+)?(?:est|a été|était|sera|s'est|avait été)?\s*(?:bien\s+|déjà\s+)?"
    r"(?:venue?|passée?|revenue?|opérée?|hospitalisée?|soignée?|accouchée?|enceinte|décédée?)\b)"
)
_PERSON_BEFORE = regex_cache.compile(
    r"(?i)\b(?:(?:la|le|du|de la|au|à la) petite?"
    r"|(?:la |le )?(?:maman|papa|mère|père|fils|fille|sœur|soeur|frère|mari|épouse|fiancée?) (?:de |d')"
    r"|(?:ma|notre) patiente|(?:mon|notre) patient)\s*$"
)


def known_first_name(word: str) -> bool:
    """Whether ``word`` is in the privacy guard's first-name list (True when the guard is not
    installed: a capitalised word is then taken for a name, the cautious reading for privacy)."""
    try:
        from vitrine.privacy.persons import first_names
    except ImportError:  # the privacy guard is not installed in this build
        return True
    word = word.strip(".,!?;:'’").lower()
    # the list spells names without accents (« emilie »), texts with them (« Émilie »)
    return word in first_names() or _fold(word) in first_names()


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# A first name opening a public text as a vocative (« Nadia, à 34 ans… ») is the person answered.
_VOCATIVE_AFTER = regex_cache.compile(r"^\s*,")
_TEXT_OPENING = regex_cache.compile(r"^(?:\s*\[[^\]\n]{1,30}\]\s*)?[^\w\n]*$")
# … or by her civility and surname, in a message (« Madame Roche, ça fait trois relances »)
_CIVILITY_OPENING = regex_cache.compile(
    r"^(?:\s*\[[^\]\n]{1,30}\]\s*)?[^\w\n]*(?i:madame|monsieur|mme|mlle|m\.)\s+$"
)
_MENTION_OPENING = regex_cache.compile(r"^(?:\s*\[[^\]\n]{1,30}\]\s*)?[^\w\n@]*@(?:[A-ZÀ-Ý][\w-]*\s+)?$")
_PATHOLOGY = regex_cache.compile(
    r"(?i)\b(?:votre|vos|ton|ta|tes)\s+(?:diab[èe]te|hypertension|cancer|asthme|ob[ée]sit[ée]|d[ée]pression"
    r"|[ée]pilepsie|maladie|pathologie|allergies?|apn[ée]e du sommeil|s[ée]ropositivit[ée]|VIH|cardiopathie"
    r"|insuffisance \w+|thyro[ïi]de|endom[ée]triose|ant[ée]c[ée]dents?)\b"
)
# The sender introducing themselves: « Bonjour Docteur, c'est Kevin de l'agence » (not « c'est Julie
# qui a été opérée »).
# The writer of a message naming herself at its head (« Bonjour, c'est Mme Royer 😊 … »): her own name
_WRITER_INTRODUCED = regex_cache.compile(
    r"(?i)^\W*(?:(?:bonjour|bonsoir|coucou|hello)\W+)?(?:c'est|ici|moi c'est)\s+$"
)
_JOINS_STAFF = regex_cache.compile(
    r"(?i)\b(?:rejoint l'[ée]quipe|notre (?:nouvel|nouvelle)|stagiaire|interne|assistante?|secr[ée]taire)\b"
)
_SELF_INTRODUCTION_BEFORE = regex_cache.compile(r"(?i)\b(?:c'est|ici|je suis|moi c'est|je m'appelle)\s+$")
_SELF_INTRODUCTION_AFTER = regex_cache.compile(r"^\s*(?:[,.!]|de l'|du |de la |\(|$)(?! qui)")


_ASKING_AFTER = regex_cache.compile(
    r"(?i)^\s+(?:(?:me|nous) (?:demande|pose la question|posait la question)"
    r"|m'a demand[ée]|nous a demand[ée]|demande en commentaire|(?:me|nous) [ée]crit en commentaire)\b"
)


def _addressee(text: str, entity: Any, channel: str) -> bool:
    """A bare first name greeted outside a review reply, or signing the text after a closing formula."""
    before = text[max(0, entity.start - 30) : entity.start]
    # « [Commentaire] @Sandrine Vidal oui à votre âge… »: the account answered, named by the platform
    if channel != "avis-reponse" and _MENTION_OPENING.match(text[: entity.start]):
        return True
    if not FIRST_NAME.match(entity.text):
        return False
    # « Sophie, 38 ans, nous a autorisés… » introduces her to the readers: no one greeted (« Emma, 25 ans,
    # rejoint l'équipe » introduces a colleague, left to the greeting rules)
    if _AGE_AFTER.match(text[entity.end : entity.end + 12]) and not _JOINS_STAFF.search(
        _sentence(text, entity.start, entity.end)
    ):
        return False
    # « Marie-Laure, à 62 ans avec votre diabète »: her illness told to everyone, next to her name, is
    # data all the same (« Nadia, à 34 ans et avec la peau que vous décrivez » is not)
    if _PATHOLOGY.search(_sentence(text, entity.start, entity.end)):
        return False
    if channel != "avis-reponse" and _BARE_GREETING_BEFORE.search(before):
        return bool(_GREETED_AFTER.match(text[entity.end : entity.end + 3]))
    if (
        channel != "avis-reponse"
        and _TEXT_OPENING.match(text[: entity.start])
        and _VOCATIVE_AFTER.match(text[entity.end : entity.end + 3])
    ):
        return True
    if _SELF_INTRODUCTION_BEFORE.search(before) and _SELF_INTRODUCTION_AFTER.match(text[entity.end :]):
        return True
    # the commenter whose question a reply answers: « [Réponse] Julie me demande si elle peut… »
    if (
        channel != "avis-reponse"
        and _ASKING_AFTER.match(text[entity.end : entity.end + 40])
        and not _PERSON_BEFORE.search(before)
    ):
        return True
    return bool(_CLOSING_BEFORE.search(before) and _SIGNATURE_AFTER.match(text[entity.end :]))


# A journalist's byline: a first name and a surname alone on the last line of a press text.
_BYLINE = regex_cache.compile(r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'-]+)+")


def _byline(text: str, entity: Any, channel: str) -> bool:
    """Whether the name signs a press text: alone on its last line, after a blank line (« … n'a pas
    souhaité commenter.\n\nLaure Bataille »), not a quote's attribution right under it."""
    return (
        channel == "presse"
        and text[: entity.start].rstrip(" \t").endswith("\n\n")
        and not text[entity.end :].strip()
        and _line(text, entity.start).strip() == entity.text
        and _BYLINE.fullmatch(entity.text) is not None
    )


def _brand_handles(text: str) -> set[str]:
    """Parts of the handles introduced as a brand (« collaboration commerciale avec @vellisse_france »)."""
    return {
        part
        for match in _HANDLE.finditer(text)
        # (the window stops before the « @ »: with it, the pattern's own « @ » made every handle a brand,
        # and « Bravo à Camille … @camille.lbt » named no one)
        if _NOT_A_PERSON_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        for part in re.split(r"[_.]", match.group(1).lower())
        if len(part) > 2
    }


@dataclass(frozen=True)
class _Found:
    """A name found here rather than by the guard (same fields as the guard's entities)."""

    type: str
    start: int
    end: int
    score: float
    text: str


# A name the guard's models miss in a short post: one with its age in apposition (« Inès, 7 ans, »,
# « Marie-Laure, à 62 ans ») or after a diminutive (« le petit Pasang »).
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_NAME_WITH_AGE = regex_cache.compile(rf"(?<![\w@.'’-])({_NAME_WORD}),\s*(?:à\s+)?\d{{1,3}} ans\b(?!\s+d)")
_NAME_AFTER_RELATIVE = regex_cache.compile(
    rf"\b(?:maman|papa|mère|père|fils|fille|sœur|soeur|frère) (?:de |d')({_NAME_WORD})\b"
)
# A known first name followed by the time since her procedure: « pour voir Léa 6 semaines après sa rhino ».
_NAME_WITH_DELAY = regex_cache.compile(
    rf"(?<![\w@.'’-])({_NAME_WORD}),?\s+(?:à\s+)?(?:J\+?\d{{1,3}}|\d{{1,3}}\s+(?:jours?|semaines?|mois))\s+"
    r"(?:après|post)\b"
)
_NAME_AFTER_DIMINUTIVE = regex_cache.compile(
    rf"\b(?:[Ll]a|[Ll]e|[Dd]u|[Dd]e la|[Aa]u|[Àà] la) petite?\s+({_NAME_WORD})\b"
)
# A known first name labelled with her procedure or the part of her body operated, as a list or a
# group chat tags its people: « Sarah (abdominoplastie du 3) », « Inès (les seins) », « Léa — rhino ».
_NAME_WITH_CARE_TAG = regex_cache.compile(
    rf"(?<![\w@.'’-])({_NAME_WORD})\s*(?:\(|[-—–:]\s)\s*(?:(?:les?|la|l'|ses|sa|son)\s*)?"
    r"(?:\w+(?:plastie|ectomie|pexie|aspiration|succion)|lipo\w*|rhino\w*|abdo\w*|bl[ée]pharo\w*|lifting"
    r"|lipofilling|implants?|proth[èe]ses?|greffe|bbl|botox|injections?|augmentation|r[ée]duction"
    r"|seins?|nez|poitrine|ventre|paupi[èe]res|l[èe]vres|oreilles|cuisses|fesses|bras|menton"
    r"|J\+?\d{1,3}|op[ée]r[ée]e?)\b"
)

# A known first name whose procedure, or whose body after it, is shown: « la rhinoplastie de Clara », « le
# sourire d'Élodie après ses 8 facettes », « Léa, trois mois après sa rhino » (with a delay, above).
_NAME_OF_CARE = regex_cache.compile(
    r"\b(?:[Ll]a|[Ll]e|[Ll]es|[Ll]')\s*(?:nouve(?:au|l|lle)s?\s+)?(?:\w+plastie|\w+ectomie|lipo\w*|rhino\w*"
    r"|abdo\w*|bl[ée]pharo\w*|lifting|lipofilling|greffe|bbl|augmentation mammaire|r[ée]duction mammaire"
    r"|nez|seins|poitrine|ventre|paupi[èe]res|l[èe]vres|sourire|visage|regard"
    rf"|silhouette|cicatrice)\s+(?:de |d')({_NAME_WORD})\b"
)
_NAME_THEN_CARE = regex_cache.compile(
    rf"(?:(?<=\bd')|(?<=\bd’)|(?<![\w@.'’-]))({_NAME_WORD})\s+(?:après|depuis|avant)\s+(?:sa|son|ses)\s+"
    r"(?:\d+\s+|nouve\w+\s+)?(?:\w+plastie|\w+ectomie|lipo\w*|rhino\w*|abdo\w*|bl[ée]pharo\w*|lifting"
    r"|lipofilling|greffe|bbl|augmentation|r[ée]duction|op[ée]ration|intervention|facettes|implants?"
    r"|proth[èe]ses?|injections?|s[ée]ances?)\b"
)

# A known first name picked out among the patients: « plusieurs de nos patientes étaient là, dont
# Sandrine, notre marraine ».
_NAME_AMONG_PATIENTS = regex_cache.compile(
    rf"\b(?:patient|op[ée]r[ée]|client)e?s\b[^.!?\n]{{0,60}}?\b(?:dont|notamment|comme|parmi elles|parmi eux)"
    rf"\s+({_NAME_WORD})\b"
)

# A known first name greeted at the opening, that the models miss beside unusual words: « Bonjour
# Sophie, si votre œil pique encore après le LASIK… » (the greeting makes her the addressee).
# (thanked or called at the head of the text too: « Merci Nadia !! Ravis que votre réduction… »,
# « Sophie, à deux mois de votre augmentation mammaire… »)
_NAME_GREETED = regex_cache.compile(
    rf"^[^\w\n]*(?:(?:[Bb]onjour|[Bb]onsoir|[Cc]h[èe]re?|[Hh]ello|[Cc]oucou|[Ss]alut|[Mm]erci)\s+)?({_NAME_WORD})\s*[,!]"
)


# A social-security number said to be one (« votre numéro de sécurité sociale 2 85 07 75 112 048 63 »)
# identifies the patient even when its key does not check (a typo, a number copied wrong): the guard
# accepts a NIR by its key alone.
_LABELLED_NIR = regex_cache.compile(
    r"(?i)\b(?:s[ée]curit[ée] sociale|s[ée]cu|NIR|carte vitale|INSEE)\b[^.\n\d]{0,20}"
    r"(\b[1-478](?:[ .-]?\d){4}[ .-]?(?:\d{2}|2[AB])(?:[ .-]?\d){6}(?:[ .-]?\d{2})?\b)"
)


def _missed_names(text: str, entities: list[Any]) -> list[Any]:
    found = []
    for match in _LABELLED_NIR.finditer(text):
        start, end = match.span(1)
        if not any(e.start < end and start < e.end for e in entities):
            found.append(_Found("FR_NIR", start, end, 0.5, match.group(1)))
    patterns = [
        _NAME_WITH_AGE,
        _NAME_AFTER_DIMINUTIVE,
        _NAME_AFTER_RELATIVE,
        _NAME_WITH_CARE_TAG,
        _NAME_GREETED,
        _NAME_AMONG_PATIENTS,
        _NAME_OF_CARE,
        _NAME_THEN_CARE,
    ]
    if "après" in text or "post" in text:
        patterns.append(_NAME_WITH_DELAY)
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if any(e.start < end and start < e.end for e in [*entities, *found]):
                continue
            if match.group(1).lower() in _stop_words():
                continue
            if pattern in (
                _NAME_WITH_DELAY,
                _NAME_WITH_CARE_TAG,
                _NAME_GREETED,
                _NAME_AMONG_PATIENTS,
                _NAME_OF_CARE,
                _NAME_THEN_CARE,
            ) and not known_first_name(match.group(1)):
                continue
            found.append(_Found("PERSON", start, end, 0.5, match.group(1)))
    return found


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.fr.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


def identifying_entities(context: Context) -> list[Person]:
    """Entities of the privacy guard that are neither the practitioners nor the practice's contacts."""
    cached = context.memo.get("people")
    if isinstance(cached, list):
        return cached
    text = context.plain.text
    people: list[Person] = []
    entities = _privacy_find(text, context.config.allowed_terms)
    entities = sorted([*entities, *_missed_names(text, entities)], key=lambda e: e.start)
    practitioners = {
        word for match in _TITLED_NAME.finditer(text) for word in match.group(1).split() if len(word) > 2
    }
    # A name once introduced as a brand (« en collaboration avec FitZen ») stays a brand in the text
    # (« tapis utilisé : FitZen Pro »).
    brands = {
        word
        for entity in entities
        if entity.type == "PERSON"
        and (
            _NOT_A_PERSON_BEFORE.search(text[max(0, entity.start - 40) : entity.start])
            or _NOT_A_PERSON_AFTER.search(text[entity.end : entity.end + 30])
        )
        and not _CIVILITY_WORD.search(entity.text)
        and not _AGED_AFTER.match(text[entity.end : entity.end + 40])
        for word in entity.text.split()
        if len(word) > 2
    }
    handles = _brand_handles(text) if "@" in text else set()
    speakers = _speakers(text)
    pseudonyms = _pseudonyms(text)
    for entity in entities:
        before = text[max(0, entity.start - 16) : entity.start]
        greeted_in_private = context.channel in _PRIVATE_CHANNELS and bool(
            _GREETING_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
            or (
                _ANSWERED_BEFORE.search(text[max(0, entity.start - 30) : entity.start])
                and _SPOKEN_TO_AFTER.match(text[entity.end : entity.end + 8])
            )
            or _WRITER_INTRODUCED.match(text[: entity.start])
            or _GREETING_INSIDE.match(entity.text)
            or (
                (_TEXT_OPENING.match(text[: entity.start]) or _CIVILITY_OPENING.match(text[: entity.start]))
                and _VOCATIVE_AFTER.match(text[entity.end : entity.end + 3])
            )
        )
        line = _line(text, entity.start)
        # A person given her age is someone, whatever her trade or the piece she wrote (« Claire Duval,
        # avocate, 41 ans, a choisi une blépharoplastie », « le reportage de Camille Dufresne, 31 ans »).
        aged = entity.type == "PERSON" and bool(_AGED_AFTER.match(text[entity.end : entity.end + 40]))
        # After a product, a brand or a place (« la gaine Sculptiva »), unless a civility names a
        # person whatever precedes it (« Cas clinique du mois : Mme Lefort »).
        named_thing = (
            entity.type == "PERSON"
            and not _CIVILITY_WORD.search(entity.text)
            and bool(_NOT_A_PERSON_BEFORE.search(text[max(0, entity.start - 40) : entity.start]))
        )
        if entity.type == "PERSON" and (
            _TITLE_BEFORE.search(before)
            or _QUOTED_TITLE_BEFORE.search(text[max(0, entity.start - 60) : entity.start])
            or _PRACTITIONER_WORDS.search(entity.text)
            or _REFERENCE_LINE.search(line)
            or _STAFF_AFTER.search(text[entity.end : entity.end + 40])
            or (_PROFESSION_AFTER.search(text[entity.end : entity.end + 40]) and not aged)
            or _PSEUDONYM_AFTER.search(text[entity.end : entity.end + 40])
            or _JOINS_AFTER.match(text[entity.end : entity.end + 80])
            or _STAFF_BEFORE.search(text[max(0, entity.start - 45) : entity.start])
            or _byline(text, entity, context.channel)
            or (named_thing and not aged)
            or _NOT_A_PERSON_AFTER.search(text[entity.end : entity.end + 30])
            or _POSSESSIVE_BEFORE.search(before)
            or (brands and _names(entity.text) <= brands)
            or (handles and entity.text.split()[0].lower() in handles)
            or _not_a_name(text, entity)
            or _PLATFORMS.search(entity.text)
            or _FORMATS.match(entity.text)
            or (
                _IMPERATIVE.match(entity.text)
                and _IMPERATIVE_OPENING.match(text[text.rfind("\n", 0, entity.start) + 1 : entity.start])
            )
            or (practitioners and _names(entity.text) <= practitioners)
            or (speakers and (_names(entity.text) <= speakers or entity.text.split()[0] in speakers))
            or _ROLE_OPENING.match(entity.text)
            or (pseudonyms and _names(entity.text) <= pseudonyms)
            # the patient greeted in a message about her own care: naming her to herself reveals nothing
            # (the corpus: 26 such messages labelled without the rule, 3 with it)
            or greeted_in_private
            or _bare_first_name(text, entity)
        ):
            continue
        if entity.type in _CONTACT_TYPES and _own_contact(text, entity, entities, line):
            continue
        if entity.type in _CONTACT_TYPES:
            sentence = _clause(_sentence(text, entity.start, entity.end), text[entity.start : entity.end])
            reader_contact = context.channel not in _PRIVATE_CHANNELS and _REPLY_CONTACT.search(sentence)
            if (
                not reader_contact
                and not _THIRD_PARTY_CONTEXT.search(sentence)
                and (
                    _PRACTICE_CONTEXT.search(sentence)
                    or _PRACTICE_CONTEXT.search(line)
                    or (
                        context.channel in PUBLIC_CHANNELS
                        and not _person_on_line(text, entity, entities)
                        and (
                            bool(_PUBLIC_CONTACT_CONTEXT.search(f"{line}\n{sentence}"))
                            or not _LETTERS.search(line.replace(entity.text, ""))  # alone on its line
                        )
                    )
                )
            ):
                continue
        civility = entity.type == "PERSON" and bool(_CIVILITY_ONLY.match(entity.text))
        addressee = entity.type == "PERSON" and _addressee(text, entity, context.channel)
        # … unless her age follows: « Mme R., 56 ans, institutrice à Vannes » is someone again
        initials = (
            entity.type == "PERSON"
            and bool(_INITIAL_ONLY.match(entity.text))
            and not _AGE_AFTER.match(text[entity.end : entity.end + 12])
        )
        people.append(Person(entity.type, entity.start, entity.end, civility, addressee, initials))
    if "@" in text:
        people = _named_mentions(text, people)
    people = [p for p in people if not _lone_age(text, p, people) and not _bare_year(text, p)]
    context.memo["people"] = people
    return people


# An organisation's mailbox (« contact@… », « rh@… ») is no one's; an incoming mail's sender line
# (« De : … ») is not published by the practice; a line holding only an address and a number right
# under a practitioner's name is the practice's signature.
_ORGANISATION_MAILBOX = regex_cache.compile(
    r"(?i)^(?:contact|secr[ée]tariat|accueil|rdv|rendez-?vous|infos?|cabinet|clinique|centre|communication|care"
    r"|patients?|coordination"
    r"|presse|rh|recrutement|admin|direction|compta\w*|bonjour|hello|dpo|rgpd|service\w*|no-?reply"
    r"|support|equipe|team)[._-]?\w*@"
)
_SENDER_LINE = regex_cache.compile(r"(?i)^\W*(?:de|from|exp[ée]diteur)\s*:")
_SIGNATURE_NAME_LINE = regex_cache.compile(
    r"(?i)^\W*(?:dre?|docteure?|pre?|cabinet|clinique|centre|selarl|sas)\b"
    r"|\b(?:cabinet|clinique|centre)\s+\w"
)
# Labels a contact line may carry (« Adresse : … — Tél. … », « 📍 … · Infos au … »)
_CONTACT_LABELS = regex_cache.compile(
    r"\b(?:adresse|t[ée]l[ée]phone|t[ée]l|infos?|informations?|contact|e-?mail|mail|courriel|standard"
    r"|secr[ée]tariat|rdv|rendez-vous|au|ou|et|site)\b"
)


# A fixed line (01–05, 09): in what a practice publishes or sends, the practice's or an organisation's
# number; patients are reached on their mobiles (in dev, reading fixed lines so took 19 false alarms
# away and no right finding).
_FIXED_LINE = regex_cache.compile(r"(?:0|330?|00330?)[1-59]\d{8}")


def _own_contact(text: str, entity: Any, entities: list[Any], line: str) -> bool:
    if entity.type == "EMAIL_ADDRESS" and _ORGANISATION_MAILBOX.match(entity.text):
        return True
    if entity.type == "PHONE_NUMBER" and _FIXED_LINE.fullmatch(re.sub(r"\D", "", entity.text)):
        return True
    # a number beside the practice's mailbox in its sentence (« au 01 84 … ou à care@… »)
    if not _REPLY_CONTACT.search(text[max(0, entity.start - 80) : entity.start]) and any(
        other.type == "EMAIL_ADDRESS"
        and _ORGANISATION_MAILBOX.match(other.text)
        and abs(other.start - entity.start) < 160
        and "\n" not in text[min(other.start, entity.start) : max(other.end, entity.end)]
        for other in entities
    ):
        return True
    if _SENDER_LINE.match(line):
        return True
    low = text.rfind("\n", 0, entity.start) + 1
    if low < 2:
        return False
    rest = line
    for other in entities:
        if other.type in _CONTACT_TYPES and low <= other.start and other.end <= low + len(line):
            rest = rest.replace(other.text, " ")
    if re.search(r"[a-zà-ÿ]{3,}", _CONTACT_LABELS.sub(" ", rest.lower())):
        return False  # more than contact details on the line
    above = text[: low - 1].split("\n")[-3:]
    return any(_SIGNATURE_NAME_LINE.search(previous) for previous in above)


# What makes a first name alone identifying: an age, a procedure or care tied to it in its sentence.
_TIED_TO_CARE = regex_cache.compile(
    r"(?i)\b(?:\d{1,3} ans|\d+\s?(?:kg|kilos)|op[ée]r[ée]e?s?|intervention|cicatrice"
    # (an operation as a campaign is no care: « l'opération Octobre rose », « l'opération Pièces jaunes »)
    r"|op[ée]rations?(?!\s+(?:portes|pi[èe]ces|octobre|«|sourires?|de (?:sensibilisation|communication"
    r"|d[ée]pistage|collecte)))"
    r"|injections?|implants?"
    r"|proth[èe]ses?|greffe|reconstruction|reconstruite?s?|diep|mammaires?|avant ?/ ?apr[èe]s|avant-apr[èe]s"
    r"|confiance"
    r"|r[ée]sultat|suites|pansements?|consultation|rendez-vous|soins?|gaine|lipo\w*|rhino\w*"
    # the part of her body spoken of as hers: « l'asymétrie de votre sein gauche »
    r"|(?:votre|vos|ton|ta|tes|son|sa|ses)\s+(?:\w+\s+)?(?:seins?|nez|poitrine|ventre|paupi[èe]res|l[èe]vres"
    r"|cicatrices?|drains?|fils|h[ée]matomes?|oed[èe]mes?|[œoe]d[èe]mes?))\b"
)


def _bare_first_name(text: str, entity: Any) -> bool:
    """A first name alone, with no civility, no surname and nothing about care in its sentence, is no
    one identified (the rule's data is « a first name with an age or a procedure »): a word the
    models took for a name (« Bel échange avec… », « Kit presse », « le budget Meta », « Kora »)."""
    if entity.type != "PERSON" or " " in entity.text.strip() or _CIVILITY_WORD.search(entity.text):
        return False
    if _NAME_WITH_CARE_TAG.match(text, entity.start):
        return False
    if _CIVILITY_BEFORE.search(text[max(0, entity.start - 14) : entity.start]):
        return False
    if _PERSON_AFTER.match(text[entity.end : entity.end + 40]) or _PERSON_BEFORE.search(
        text[max(0, entity.start - 30) : entity.start]
    ):
        return False
    # its sentence and the next (« Merci Nathalie ! Ravie que votre blépharoplastie vous plaise. »)
    sentence = _sentence(text, entity.start, entity.end)
    end = text.find(sentence, max(0, entity.start - len(sentence))) + len(sentence)
    # (past the whole run of punctuation: « Merci Nadia !! Ravis que votre réduction… »)
    end += len(text[end:]) - len(text[end:].lstrip(".!?… \n"))
    following = _sentence(text, end, end) if end < len(text) else ""
    # (a length of time is no age: « d'avoir attendu 10 ans » — Laurence)
    parts = [_DURATION.sub(" ", part) for part in (sentence, following)]
    # (a colleague's talk: « Merci Alexandre !! Superbe intervention au congrès sur le lipofilling »)
    if any(_TALK.search(part) for part in parts):
        return True
    return not any(_TIED_TO_CARE.search(part) or _PROCEDURE.search(part) for part in parts)


_TALK = regex_cache.compile(
    r"(?i)\b(?:congr[èe]s|conf[ée]rence|expos[ée]|webinaire|symposium|s[ée]minaire|communication orale"
    r"|pr[ée]sentation|topo|table ronde|masterclass)\b"
)


# Someone the text tags by her name and tells about her own care: a platform mention shows her full name
# (« @Sabrina Thé … à 3 semaines de votre abdo »), a handle may spell a first name and a surname
# (« Merci @camille.rouquet pour ta confiance pour ta blépharo »). A nickname (« @clara_bzh »,
# « @julie.m91 ») or advice about what she describes (« @Sandrine Vidal … pour vos taches ») is not.
# (a mention with a surname's initial, « @Jessica P. », shows her full name on the platform too)
_MENTION = regex_cache.compile(
    rf"@({_NAME_WORD}[ \t]+(?:{_NAME_WORD}(?![\w.])|[A-ZÀ-Ý]\.(?!\w)))|@([a-z]+)[._]([a-z]{{5,}})\d*\b"
)
_OWN_CARE = regex_cache.compile(
    r"(?i)\b(?:votre|vos|ta|ton|tes)\s+(?:cicatrices?|implants?|proth[èe]ses?|op[ée]s?|op[ée]ration"
    r"|intervention|chirurgie|greffes?|injections?|abdo\w*|rhino\w*|lipo\w*|bl[ée]pharo\w*|\w+plastie"
    r"|lifting|bbl|suites|pansements?|drains?|contr[ôo]le|bypass|sleeve)\b"
    # … or in the third person, credited to her: « @x qui nous a fait confiance pour son nouveau nez »
    r"|(?i:\b(?:pour|de|apr[èe]s|confi[ée]e?) (?:son|sa|ses)\s+(?:nouve(?:au|l|lle)s?\s+)?"
    r"(?:nez|seins|poitrine|ventre|paupi[èe]res|l[èe]vres|sourire|visage|profil|silhouette|implants?|proth[èe]ses?|op[ée]ration|intervention"
    r"|chirurgie|greffe|abdo\w*|rhino\w*|lipo\w*|bl[ée]pharo\w*|\w+plastie|lifting|bbl)\b)"
    # … or the time since her procedure: « tes vomissements à J+10 du bypass »
    r"|(?i:\b(?:J\+?\d{1,3}|\d{1,3} (?:jours?|semaines?|mois)) (?:du|de la|de l'|de (?:ta|ton|votre)"
    r"|apr[èe]s (?:ta|ton|votre))\s*(?:bypass|sleeve|op[ée]ration|intervention|chirurgie|greffe|pose"
    r"|abdo\w*|rhino\w*|lipo\w*|bl[ée]pharo\w*|\w+plastie|lifting|bbl))"
)


def _named_mentions(text: str, people: list[Person]) -> list[Person]:
    """``people`` with the mentions that name someone whose care the sentence tells."""
    for match in _MENTION.finditer(text):
        start, end = match.span()  # with its at sign: a name after one is otherwise a brand's handle
        if match.group(1):
            named = known_first_name(match.group(1).split()[0])
        else:
            first, last = match.group(2), match.group(3)
            named = known_first_name(first) and not known_first_name(last) and last not in _stop_words()
        if not named or not _OWN_CARE.search(_sentence(text, start, end)):
            continue
        people = [p for p in people if not (p.start < end and start < p.end)]
        people.append(Person("PERSON", start, end))
    return sorted(people, key=lambda p: p.start)


# A length of time is no one's age: « je regrette d'avoir attendu 10 ans », « depuis 20 ans », « il y a
# 5 ans », « 10 ans plus tard », « 15 ans d'expérience ».
_DURATION_BEFORE = regex_cache.compile(
    r"(?i)\b(?:attendu|attendre|depuis|pendant|durant|il y a|voil[àa]|en|apr[èe]s|avant|plus de|moins de"
    r"|presque|bient[ôo]t|tous les|toutes les|au bout de|perdu|gagn[ée])\s+$"
)
_DURATION = regex_cache.compile(
    r"(?i)\b(?:attendu|attendre|depuis|pendant|durant|il y a|voil[àa]|au bout de)\s+\d{1,3}\s*ans\b"
    r"|\b\d{1,3}\s*ans (?:plus tard|plus t[ôo]t|d'exp[ée]rience|de m[ée]tier|de pratique|d'attente)\b"
)
_DURATION_AFTER = regex_cache.compile(
    r"(?i)^\s*(?:plus tard|plus t[ôo]t|apr[èe]s|auparavant|d'|de (?!\w+ ans))"
)


def _lone_age(text: str, person: Person, people: list[Person]) -> bool:
    """An age identifies no one by itself (« dès 16 ans », « de 50 à 74 ans »): only next to a name."""
    if person.type != "DATE_OF_BIRTH" or not _AGE.match(text[person.start : person.end]):
        return False
    if _DURATION_BEFORE.search(text[max(0, person.start - 14) : person.start]) or _DURATION_AFTER.match(
        text[person.end : person.end + 14]
    ):
        return True
    return not any(
        p.type == "PERSON"
        and not p.addressee
        and not p.civility_only
        and not p.initials
        and abs(p.start - person.start) < 120
        for p in people
    )


# A year alone (« SOFCPRE, fiche d'information (2023) », « depuis 2019 ») is no one's birth date unless
# the text says it is one: « née en 1985 ».
_YEAR = regex_cache.compile(r"^(?:19|20)\d{2}$")
_BORN_BEFORE = regex_cache.compile(r"(?i)\bn[ée]e?s?\s+(?:en\s+|le\s+|l'an\s+)?$|\bnaissance\W{0,3}$")


def _bare_year(text: str, person: Person) -> bool:
    if person.type != "DATE_OF_BIRTH" or not _YEAR.match(text[person.start : person.end]):
        return False
    return not _BORN_BEFORE.search(text[max(0, person.start - 20) : person.start])
