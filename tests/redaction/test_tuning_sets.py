"""Every blind set that became a tuning set, in one table: its labels point at its text, and
later changes keep what tuning on it won. The floors sit a little under the scores at the
last change to them (benchmarks/README.md, where each set's first score is recorded)."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.scoring import DEVSET_DIR, load, score

# set: (overall recall, PERSON recall, character precision, must-survive words redacted)
# Must-survive ceilings one above the hits after round W's must-survive words (88 -> 43 over
# A to X: towns after lower-case names and schools, villages at addresses' ends, roles beside
# names, chat words; benchmarks/README.md, "Round W: must-survive words").
FLOORS = {
    "kinds": (0.95, 0.92, 0.97, 1),
    "blind_a": (0.95, 0.92, 0.97, 1),
    "blind_b": (0.97, 0.96, 0.97, 8),
    "blind_c": (0.95, 0.94, 0.98, 2),
    # 0 must-survive hits again: "rose" of "sextortion rose sharply", which every model
    # trained on N took for a lower-case name, is the verb now (namemodel.VERB_FORM_NAMES).
    "blind_d": (0.975, 0.975, 0.97, 0),
    "blind_e": (0.96, 0.97, 0.96, 4),
    "blind_f": (0.96, 0.975, 0.97, 3),
    # 6 must-survive hits, not 4, since the name model was trained on K, L and M: every
    # model so trained (seeds 5, 7 and 11 with its spelling features, 11 without) redacts
    # "GRACE" of "SAYING GRACE" (two listed words) and "DESTINY" in G's shouted texts; the
    # held-out gain that pays for them is in benchmarks/README.md ("Name model trained on K,
    # L and M"); 7 since it was trained on N too (seed 11 takes "lockdown" in a chat line;
    # seeds 5, 7 and 13 gave 5-6); 3 since it was trained on Y and Z ("holly and ivy" in a
    # carol's name).
    "blind_g": (0.965, 0.965, 0.975, 3),
    # 8 must-survive hits since the name model was trained on O too (seed 11 takes "Joy" as
    # a word in one text, and no longer "Autumn" as a missed name in another); 9 since round
    # AE (seed 9 reads "Bill" opening a sentence as the "Bill Wardle" named just before).
    # 10, not 9, since round AW: "Pennine Learning Trust", which H's writer kept, is a trust
    # named in full, labelled SCHOOL by the brief's settled questions.
    "blind_h": (0.95, 0.955, 0.975, 10),
    "blind_k": (0.945, 0.945, 0.95, 6),
    "blind_l": (0.955, 0.95, 0.96, 5),
    # Ceiling 5 since round AG: M's writer listed "Neath" of "3rd Neath Scouts" as must
    # survive; every other labelled set has a numbered unit named by its town as SCHOOL.
    "blind_m": (0.945, 0.94, 0.945, 5),
    # Precision 0.972 and 3 must-survive hits since round O (places, services, acronyms and
    # form words that name no one, casebook/redaction/nobody.py); recall 0.97 and PERSON
    # 0.975 since round O's settings in setting-only slots, particles and nicknames.
    "blind_n": (0.97, 0.975, 0.965, 2),
    # First score 0.940 / 0.955 / 0.954 / 22 (benchmarks/README.md, "Set O: first score");
    # 0.951 / 0.973 / 0.961 / 11 in sample once the name model was trained on it; recall
    # 0.975 and PERSON 0.99 since round P's recall half (short-form settings, person slots,
    # initials; a birth cue labelled in is scored as a title is).
    "blind_o": (0.975, 0.99, 0.955, 13),
    # First score 0.965 / 0.965 / 0.956 / 15, before round P and after it alike
    # (benchmarks/README.md, "Set P: first score"); 0.974 / 0.978 / 0.963 / 10 in sample once
    # the name model was trained on it.
    "blind_p": (0.97, 0.975, 0.96, 3),
    # First score 0.960 / 0.963 / 0.937 / 17 (benchmarks/README.md, "Set Q: first score");
    # 0.968 / 0.974 / 0.943 / 12 in sample once the name model was trained on it ("Name model
    # trained with Q").
    "blind_q": (0.965, 0.97, 0.94, 2),
    # First scores (benchmarks/README.md, "Sets R and S", "Set T"): R 0.934 / 0.949 / 0.952 /
    # 16, S 0.960 / 0.965 / 0.952 / 7, T 0.949 / 0.945 / 0.975 / 14; in sample once the name
    # model was trained on them ("Name model trained with R, S and T") the floors below.
    "blind_r": (0.955, 0.975, 0.95, 2),
    "blind_s": (0.96, 0.97, 0.95, 3),
    # T's must-survive ceiling 3 since round AY: a quoted group's name holding a school's
    # ("Ysgol Glan Tywynlas yr3 parents") is one USERNAME, whole, as the settled brief labels
    # it; T's writer listed its last word to keep.
    "blind_t": (0.96, 0.97, 0.975, 3),
    # First scores (benchmarks/README.md, "Sets U and V: first scores"): U 0.960 / 0.964 /
    # 0.965 / 20, V 0.958 / 0.974 / 0.944 / 22; in sample once the name model was trained on
    # them ("Name model trained with U and V": U 0.975 / 0.986 / 0.969 / 12, V 0.968 / 0.990 /
    # 0.947 / 14) the floors below; recall U 0.975 and V 0.98 since round W's recall of
    # settings named before their kind (U 0.981, V 0.984).
    "blind_u": (0.975, 0.98, 0.965, 4),
    "blind_v": (0.98, 0.985, 0.945, 4),
    # First scores (benchmarks/README.md, "Sets W and X: first scores"): W 0.974 / 0.974 /
    # 0.964 / 3, X 0.965 / 0.974 / 0.968 / 17; in sample once the name model was trained on
    # them ("Name model trained with W and X": W 0.981 / 0.985 / 0.964 / 2, X 0.971 / 0.986 /
    # 0.971 / 13) the floors below; recall W 0.985 and X 0.975 since round W's recall of
    # settings, houses and nicknames (W 0.988, X 0.981).
    "blind_w": (0.985, 0.98, 0.96, 1),
    "blind_x": (0.975, 0.98, 0.965, 3),
    # First scores (benchmarks/README.md, "Sets Y and Z: first scores"): Y 0.963 / 0.963 /
    # 0.982 / 11, Z 0.980 / 0.986 / 0.973 / 26; in sample once the name model was trained on
    # them ("Name model trained with Y and Z": Y 0.970 / 0.976 / 0.984 / 10, Z 0.984 / 0.994 /
    # 0.978 / 17) the floors below; must-survive ceilings one above the hits after round AA's
    # must-survive words (Y 7, Z 13; "Round AA: must-survive words").
    "blind_y": (0.965, 0.97, 0.98, 8),
    "blind_z": (0.98, 0.99, 0.975, 14),
    # First scores (benchmarks/README.md, "Sets AA and AB: first scores"): after round Y AA
    # 0.966 / 0.972 / 0.979 / 12, AB 0.965 / 0.947 / 0.975 / 12; in sample once the name model
    # was trained on them ("Name model trained with AA and AB": AA 0.970 / 0.979 / 0.981 / 9,
    # AB 0.973 / 0.966 / 0.976 / 9) the floors below; must-survive ceilings one above the
    # hits after round AA's must-survive words (AA 5, AB 1).
    # AA's writer listed three extensions written alone as must survive; since round AE they
    # are redacted as a person's line ("ring jodie's ext 2291"), as sets AE to AL label them.
    "blind_aa": (0.965, 0.975, 0.98, 8),
    "blind_ab": (0.97, 0.965, 0.975, 2),
    # First scores (benchmarks/README.md, "Sets AC and AD: first scores"): after round AA AC
    # 0.976 / 0.979 / 0.974 / 16, AD 0.955 / 0.952 / 0.973 / 15; in sample once the name model
    # was trained on them ("Name model trained with AC and AD": AC 0.980 / 0.988 / 0.977 / 13,
    # AD 0.968 / 0.974 / 0.979 / 8) the floors below; must-survive ceilings one above the hits
    # after round AB (AC 9, AD 5; "Round AB"), and after round AC (AC 10, AD 3).
    "blind_ac": (0.975, 0.985, 0.975, 11),
    "blind_ad": (0.965, 0.97, 0.975, 4),
    # First scores (benchmarks/README.md, "Sets AE and AF: first scores"): after round AB AE
    # 0.961 / 0.961 / 0.967 / 68, AF 0.942 / 0.934 / 0.955 / 73; in sample after round AC
    # (the name model trained on them, and titles of works kept) the floors below; AF's
    # PERSON 0.955 since the model learned AG and AH (0.963 -> 0.959, one name).
    "blind_ae": (0.965, 0.97, 0.975, 27),
    "blind_af": (0.955, 0.955, 0.975, 27),
    # First scores (benchmarks/README.md, "Sets AG and AH: first scores"): after round AC AG
    # 0.967 / 0.975 / 0.969 / 41, AH 0.951 / 0.976 / 0.967 / 52; in sample after round AD
    # (AG 0.972 / 0.985 / 0.981 / 15, AH 0.953 / 0.979 / 0.979 / 19) the floors below.
    "blind_ag": (0.97, 0.98, 0.975, 16),
    "blind_ah": (0.95, 0.975, 0.975, 21),
    # First scores (benchmarks/README.md, "Sets AI and AJ: first scores"): after round AD AI
    # 0.952 / 0.954 / 0.975 / 21, AJ 0.968 / 0.984 / 0.976 / 21; in sample after round AE
    # (AI 0.969 / 0.969 / 0.981 / 10, AJ 0.974 / 0.987 / 0.985 / 5) the floors below.
    "blind_ai": (0.965, 0.965, 0.975, 11),
    "blind_aj": (0.97, 0.985, 0.98, 6),
    # First scores (benchmarks/README.md, "Sets AK and AL: first scores"): before round AE AK
    # 0.950 / 0.941 / 0.966 / 28, AL 0.897 / 0.961 / 0.954 / 92; after round AF's rules (the
    # name model not trained on them: AK 0.955 / 0.948 / 0.963 / 25, AL 0.953 / 0.976 / 0.957
    # / 78) the floors below.
    "blind_ak": (0.95, 0.945, 0.96, 26),
    "blind_al": (0.95, 0.97, 0.955, 79),
    # First scores (benchmarks/README.md, "Sets AM and AN: first scores"): before round AF AM
    # 0.896 / 0.976 / 0.983 / 11, AN 0.905 / 0.868 / 0.971 / 28; after round AG's rules (the
    # name model not trained on them: AM 0.950 / 0.980 / 0.981 / 5, AN 0.957 / 0.955 / 0.973 /
    # 25) the floors below.
    "blind_am": (0.945, 0.975, 0.975, 6),
    "blind_an": (0.95, 0.95, 0.97, 26),
    # First scores (benchmarks/README.md, "Sets AO and AP: first scores", "Sets AQ and AR:
    # first scores"): AO 0.964 / 0.964 / 0.971 / 33 and AP 0.929 / 0.919 / 0.953 / 97 before
    # round AG, AQ 0.971 / 0.972 / 0.955 / 61 and AR 0.965 / 0.975 / 0.962 / 62 after it; after
    # round AH's rules (the name model not trained on them: AO 0.972 / 0.974 / 0.973 / 29, AP
    # 0.966 / 0.964 / 0.963 / 69, AQ 0.976 / 0.976 / 0.962 / 45, AR 0.969 / 0.975 / 0.965 / 49)
    # the floors below.
    "blind_ao": (0.965, 0.97, 0.97, 30),
    "blind_ap": (0.96, 0.96, 0.96, 70),
    "blind_aq": (0.97, 0.97, 0.96, 46),
    "blind_ar": (0.965, 0.97, 0.96, 50),
    # First scores with round AH (benchmarks/README.md, "Sets AS and AT: first scores"): AS
    # 0.963 / 0.963 / 0.956 / 33, AT 0.961 / 0.956 / 0.960 / 48; after round AI's rules (the
    # name model not trained on them: AS 0.973 / 0.975 / 0.959 / 28, AT 0.965 / 0.963 / 0.964 /
    # 39) the floors below.
    "blind_as": (0.97, 0.97, 0.955, 29),
    "blind_at": (0.96, 0.96, 0.96, 40),
    # First scores with round AI (benchmarks/README.md, "Sets AU and AV: first scores"): AU
    # 0.955 / 0.949 / 0.961 / 54, AV 0.945 / 0.935 / 0.955 / 69; after round AJ's rules (the
    # name model not trained on them: AU 0.970 / 0.972 / 0.962 / 50, AV 0.978 / 0.979 / 0.961
    # / 43) the floors below.
    "blind_au": (0.965, 0.97, 0.96, 51),
    "blind_av": (0.975, 0.975, 0.96, 44),
    # First scores with round AJ (benchmarks/README.md, "Sets AW and AX: first scores"): AW
    # 0.970 / 0.973 / 0.961 / 75, AX 0.963 / 0.973 / 0.971 / 31; after round AK's rules (the
    # name model not trained on them: AW 0.971 / 0.974 / 0.967 / 47, AX 0.963 / 0.973 / 0.972
    # / 25) the floors below.
    "blind_aw": (0.97, 0.97, 0.965, 48),
    "blind_ax": (0.96, 0.97, 0.97, 26),
    # First scores with round AK (benchmarks/README.md, "Sets AY and AZ: first scores"): AY
    # 0.963 / 0.977 / 0.970 / 31, AZ 0.949 / 0.945 / 0.967 / 43; after round AL's rules (the
    # name model not trained on them: AY 0.966 / 0.982 / 0.970 / 31, AZ 0.956 / 0.955 / 0.967
    # / 43) the floors below.
    "blind_ay": (0.96, 0.98, 0.965, 32),
    "blind_az": (0.95, 0.95, 0.965, 44),
    # First scores with round AL (benchmarks/README.md, "Sets BA and BB: first scores"): BA
    # 0.956 / 0.949 / 0.969 / 44, BB 0.972 / 0.974 / 0.980 / 27; after round AM's rules (the
    # name model not trained on them: BA 0.967 / 0.967 / 0.972 / 32, BB 0.975 / 0.980 / 0.986
    # / 13) the floors below.
    "blind_ba": (0.965, 0.965, 0.97, 33),
    "blind_bb": (0.97, 0.975, 0.985, 14),
    # First scores with round AM (benchmarks/README.md, "Sets BC and BD: first scores"): BC
    # 0.984 / 0.978 / 0.979 / 22, BD 0.956 / 0.965 / 0.963 / 46; after round AN's rules (the
    # name model not trained on them: BC 0.984 / 0.978 / 0.983 / 12, BD 0.961 / 0.971 / 0.973
    # / 23) the floors below.
    "blind_bc": (0.98, 0.975, 0.98, 13),
    "blind_bd": (0.955, 0.965, 0.97, 24),
    # First scores with round AN (benchmarks/README.md, "Sets BE and BF: first scores"): BE
    # 0.961 / 0.977 / 0.976 / 27, BF 0.950 / 0.956 / 0.962 / 38; after round AO's rules (the
    # name model not trained on them: BE 0.962 / 0.978 / 0.979 / 23, BF 0.962 / 0.968 / 0.974
    # / 20) the floors below.
    "blind_be": (0.96, 0.975, 0.975, 24),
    "blind_bf": (0.96, 0.965, 0.97, 21),
    # First scores with round AO (benchmarks/README.md, "Sets BG and BH: first scores"): BG
    # 0.960 / 0.948 / 0.981 / 17, BH 0.958 / 0.959 / 0.973 / 29; after round AP's rules (the
    # name model not trained on them: BG 0.978 / 0.977 / 0.984 / 10, BH 0.967 / 0.970 / 0.978
    # / 16) the floors below.
    "blind_bg": (0.975, 0.975, 0.98, 11),
    "blind_bh": (0.965, 0.97, 0.975, 17),
    # First scores with round AP (benchmarks/README.md, "Sets BI and BJ: first scores"): BI
    # 0.965 / 0.964 / 0.955 / 76, BJ 0.952 / 0.942 / 0.966 / 49; after round AQ's rules (the
    # name model not trained on them: BI 0.971 / 0.974 / 0.960 / 58, BJ 0.958 / 0.952 / 0.966
    # / 48) the floors below.
    "blind_bi": (0.97, 0.97, 0.955, 59),
    "blind_bj": (0.955, 0.95, 0.965, 49),
    # First scores with round AQ (benchmarks/README.md, "Sets BK and BL: first scores"): BK
    # 0.956 / 0.964 / 0.961 / 32, BL (88 texts) 0.955 / 0.969 / 0.968 / 11; after round AR's
    # rules (the name model not trained on them: BK 0.961 / 0.967 / 0.968 / 19, BL 0.955 /
    # 0.969 / 0.973 / 7) the floors below.
    "blind_bk": (0.96, 0.965, 0.965, 20),
    "blind_bl": (0.95, 0.965, 0.97, 8),
    # First scores with round AR (benchmarks/README.md, "Sets BM and BN: first scores"): BM
    # 0.946 / 0.954 / 0.962 / 48, BN 0.963 / 0.964 / 0.974 / 24; after round AS's rules (the
    # name model not trained on them: BM 0.979 / 0.986 / 0.976 / 23, BN 0.971 / 0.969 / 0.978
    # / 24) the floors below.
    "blind_bm": (0.975, 0.985, 0.975, 24),
    "blind_bn": (0.97, 0.965, 0.975, 25),
    # First scores with round AS (benchmarks/README.md, "Sets BO and BP: first scores"): BO
    # 0.950 / 0.984 / 0.944 / 44, BP 0.972 / 0.968 / 0.980 / 18; after round AT's rules (the
    # name model not trained on them: BO 0.959 / 0.987 / 0.947 / 40, BP 0.977 / 0.975 / 0.985
    # / 16) the floors below.
    "blind_bo": (0.955, 0.985, 0.945, 41),
    "blind_bp": (0.975, 0.97, 0.98, 17),
    # First scores with round AT (benchmarks/README.md, "Sets BQ and BR: first scores"): BQ
    # 0.976 / 0.980 / 0.979 / 38, BR 0.945 / 0.958 / 0.957 / 67; after round AU's rules (the
    # name model not trained on them: BQ 0.978 / 0.980 / 0.979 / 38, BR 0.951 / 0.969 / 0.957
    # / 67) the floors below.
    "blind_bq": (0.975, 0.98, 0.975, 39),
    # Since round AW BR's precision is 0.944 and 75 of its must-survive strings go, not
    # 0.957 and 67: its writer kept trusts named in full ("Tideway Schools Trust"), which the
    # brief's settled questions label SCHOOL and round AW finds.
    "blind_br": (0.95, 0.965, 0.94, 76),
    # First scores with round AV (benchmarks/README.md, "Sets BS and BT: first scores"): BS
    # 0.944 / 0.958 / 0.973 / 50, BT 0.931 / 0.979 / 0.963 / 79; after round AW's rules (the
    # name model not trained on them: BS 0.961 / 0.968 / 0.976 / 44, BT 0.940 / 0.979 / 0.966
    # / 70) the floors below.
    "blind_bs": (0.955, 0.965, 0.97, 45),
    "blind_bt": (0.935, 0.975, 0.96, 71),
    # First scores with round AW ("Sets BU and BV: first scores"): BU 0.934 / 0.969 / 0.968 /
    # 20, BV 0.959 / 0.974 / 0.973 / 65; after round AX's rules (the name model not trained
    # on them: BU 0.939 / 0.975 / 0.968 / 20, BV 0.959 / 0.974 / 0.973 / 61) the floors below.
    "blind_bu": (0.935, 0.97, 0.965, 21),
    "blind_bv": (0.955, 0.97, 0.97, 62),
    # First scores with round AX ("Sets BW and BX: first scores"): BW 0.952 / 0.980 / 0.968 /
    # 98, BX 0.953 / 0.955 / 0.971 / 31; after round AY's rules (the name model not trained
    # on them: BW 0.965 / 0.983 / 0.970 / 89, BX 0.971 / 0.973 / 0.971 / 31) the floors below.
    "blind_bw": (0.96, 0.98, 0.965, 90),
    "blind_bx": (0.965, 0.97, 0.97, 32),
    # First scores with round AY ("Sets BY and BZ: first scores"): BY 0.935 / 0.971 / 0.963 /
    # 38, BZ 0.979 / 0.988 / 0.979 / 28; after round AZ's rules (the name model not trained
    # on them: BY 0.948 / 0.975 / 0.963 / 38, BZ 0.982 / 0.989 / 0.980 / 26) the floors below.
    # BY's precision floor 0.955 since round BA: a parents' chat's speaker ("Dai (Osian's
    # dad):") is one USERNAME, whole, as CA's writer and most sets label it; BY's writer
    # labelled the two names in it, so the brackets and "'s dad" count against precision.
    "blind_by": (0.945, 0.97, 0.955, 39),
    "blind_bz": (0.98, 0.985, 0.975, 27),
    # First scores with round AZ ("Sets CA and CB: first scores"): CA 0.968 / 0.967 / 0.981 /
    # 22, CB 0.954 / 0.955 / 0.976 / 25; after round BA's rules (the name model not trained
    # on them: CA 0.970 / 0.967 / 0.981 / 22, CB 0.956 / 0.959 / 0.976 / 25) the floors below.
    "blind_ca": (0.965, 0.965, 0.975, 23),
    "blind_cb": (0.95, 0.955, 0.97, 26),
    # First scores with round BA ("Sets CC and CD: first scores"): CC 0.974 / 0.983 / 0.979 /
    # 33, CD 0.974 / 0.980 / 0.946 / 126; after round BB's rules (CC 0.977 / 0.984 / 0.982 /
    # 24, CD 0.977 / 0.980 / 0.961 / 91: public figures and characters named as such,
    # schools named for two places, towns as surnames) the floors below.
    "blind_cc": (0.97, 0.98, 0.975, 25),
    "blind_cd": (0.97, 0.975, 0.955, 92),
    # First scores with round BB ("Sets CE and CF: first scores"): CE 0.953 / 0.950 / 0.974 /
    # 28, CF 0.958 / 0.962 / 0.979 / 37; after round BC's rules (CE 0.956 / 0.951 / 0.977 /
    # 21, CF 0.961 / 0.966 / 0.982 / 30) the floors below.
    "blind_ce": (0.95, 0.945, 0.97, 22),
    "blind_cf": (0.955, 0.96, 0.975, 31),
    # First scores with round BC ("Sets CG and CH: first scores"): CG 0.951 / 0.953 / 0.982 /
    # 23, CH 0.953 / 0.973 / 0.966 / 34; after round BD's rules (CG 0.970 / 0.983 / 0.988 /
    # 13, CH 0.954 / 0.973 / 0.973 / 18: "Harriet Church", groups held by someone, kept words
    # found alone, courts, stations, firms by their trade, Welsh and Scots words and areas)
    # the floors below.
    "blind_cg": (0.965, 0.98, 0.985, 14),
    "blind_ch": (0.95, 0.97, 0.97, 19),
    # First scores with round BD ("Sets CI, CJ, CK and CL: first scores"): CI 0.940 / 0.938 /
    # 0.988 / 10, CJ 0.974 / 0.981 / 0.981 / 13, CK 0.972 / 0.975 / 0.965 / 72, CL 0.905 /
    # 0.952 / 0.948 / 134; after round BE's rules (CI 0.963 / 0.954 / 0.988 / 10, CJ 0.975 /
    # 0.981 / 0.981 / 13, CK 0.973 / 0.975 / 0.965 / 72, CL 0.914 / 0.952 / 0.949 / 133:
    # handles with digits, spoken mail addresses, numbered units, initials as names) the
    # floors below.
    "blind_ci": (0.96, 0.95, 0.985, 11),
    "blind_cj": (0.97, 0.98, 0.98, 14),
    "blind_ck": (0.97, 0.97, 0.96, 73),
    "blind_cl": (0.91, 0.95, 0.945, 134),
    # First scores with round BE ("Sets CM and CN: first scores"): CM 0.981 / 0.994 / 0.963 /
    # 70, CN 0.965 / 0.981 / 0.957 / 87; after round BF's rules (CM 0.984 / 0.994 / 0.978 /
    # 28, CN 0.974 / 0.984 / 0.960 / 73: hospitals, names given to things, shops' streets,
    # handles run together, quoted accounts' names) the floors below.
    "blind_cm": (0.98, 0.99, 0.975, 29),
    "blind_cn": (0.97, 0.98, 0.955, 74),
    "blind_co": (0.96, 0.96, 0.975, 28),
    "blind_cp": (0.965, 0.965, 0.97, 41),
    "blind_cq": (0.965, 0.985, 0.96, 50),
    "blind_cr": (0.975, 0.985, 0.985, 30),
    # Sets CS and CT: first scores CS 0.968 / 0.977 / 0.972 / 36, CT 0.959 / 0.971 / 0.969 /
    # 46 (round BH); after round BI's rules (CS 0.969 / 0.980 / 0.985 / 18, CT 0.971 / 0.982 /
    # 0.975 / 36: acronyms before their holders, firms of lawyers, staff fields' initials,
    # children named by a parent's tie, everyday words found as names) the floors below.
    "blind_cs": (0.965, 0.975, 0.98, 18),
    "blind_ct": (0.97, 0.98, 0.97, 36),
    # Sets CU and CV: first scores CU 0.978 / 0.984 / 0.982 / 29, CV 0.967 / 0.980 / 0.969 /
    # 50 (round BI); after round BJ's rules (CU 0.982 / 0.990 / 0.984 / 24, CV 0.971 / 0.984 /
    # 0.970 / 48: exhibits' and workers' initials, chats' vocatives, colleges' groups, police
    # operations, counties written short) the floors below.
    "blind_cu": (0.98, 0.985, 0.98, 24),
    "blind_cv": (0.97, 0.98, 0.965, 48),
    # Sets CW and CX: first scores CW 0.962 / 0.965 / 0.926 / 104, CX 0.974 / 0.977 / 0.980 /
    # 29 (round BJ); after round BK's rules (CW 0.969 / 0.975 / 0.946 / 74, CX 0.975 / 0.979 /
    # 0.980 / 29: boarding houses, boarders' home cities, terms, "exeat", guardianship
    # agencies, nicknames in brackets, initials before posts) the floors below.
    # (75 since round BZ: "Clive House", a boarding house named after a first name that
    # round BZ lists, is redacted.)
    "blind_cw": (0.965, 0.97, 0.94, 75),
    "blind_cx": (0.97, 0.975, 0.975, 29),
    # Sets CY and CZ: first scores CY 0.950 / 0.973 / 0.984 / 27, CZ 0.946 / 0.971 / 0.958 /
    # 51 (round BK); after round BL's rules (CY 0.972 / 0.981 / 0.984 / 27, CZ 0.966 / 0.980 /
    # 0.967 / 41: children's homes and alternative provision named, a log's initials, a
    # town's PRU and neighbourhoods kept) the floors below.
    "blind_cy": (0.97, 0.98, 0.98, 27),
    "blind_cz": (0.965, 0.975, 0.965, 41),
    # Sets DA to DD: first scores DA 0.957 / 0.966 / 0.914 / 15, DB 0.973 / 0.978 / 0.985 /
    # 14, DC 0.954 / 0.970 / 0.964 / 29, DD 0.963 / 0.964 / 0.971 / 54 (round BL); after round
    # BM's rules (DB 0.973 / 0.979, DD 0.972 / 0.977: a list's initials before a role, a
    # form's answer before an age) the floors below.
    "blind_da": (0.955, 0.965, 0.91, 15),
    "blind_db": (0.97, 0.975, 0.98, 14),
    "blind_dc": (0.95, 0.97, 0.96, 29),
    "blind_dd": (0.97, 0.975, 0.97, 54),
    # Sets DE to DG: first scores DE 0.932 / 0.934 / 0.981 / 9, DF 0.964 / 0.969 / 0.952 / 59,
    # DG 0.941 / 0.977 / 0.976 / 30 (round BM); after round BN's rules (DG 0.952 / 0.977 /
    # 0.975 / 30: young carers' projects and hospital education services) the floors below.
    "blind_de": (0.94, 0.945, 0.98, 9),
    "blind_df": (0.965, 0.97, 0.95, 59),
    "blind_dg": (0.955, 0.98, 0.97, 30),
    # Sets DH and DI: first scores DH 0.970 / 0.971 / 0.979 / 7, DI 0.974 / 0.984 / 0.965 / 16
    # (round BN); after round BO's rules (DH 0.991 / 1.000 / 0.992 / 2, DI 0.979 / 0.988 /
    # 0.980 / 8: payees in capitals, initials in lists and on a note's lines, conditions and
    # needs, banks and aids, a register's "Surname, Forename"; DE, DF and DG rose with them)
    # the floors below.
    "blind_dh": (0.99, 0.995, 0.99, 2),
    "blind_di": (0.975, 0.985, 0.975, 8),
    # Sets DJ to DL: first scores DJ 0.943 / 0.979 / 0.973 / 40, DK 0.958 / 0.956 / 0.983 / 22,
    # DL 0.979 / 0.988 / 0.986 / 8 (round BO); after round BP's rules (DJ 0.951 / 0.979 / 0.980
    # / 30: clubs of more kinds; DK 0.963 / 0.963 / 0.983 / 22: single letters for children)
    # the floors below.
    "blind_dj": (0.95, 0.975, 0.98, 30),
    "blind_dk": (0.96, 0.96, 0.98, 22),
    "blind_dl": (0.975, 0.985, 0.985, 8),
    # Sets DM to DO: first scores DM 0.964 / 0.967 / 0.980 / 39, DN 0.920 / 0.936 / 0.987 / 5,
    # DO 0.969 / 0.982 / 0.988 / 17 (round BP); after round BQ's rules (DM 0.978 / 0.983 /
    # 0.980 / 39: servers named for their owners, chats' short forms, note lines' letters; DN
    # 0.959 / 0.964 / 0.987 / 5: what a caller reads out or spells; DO 0.974 / 0.986 / 0.988
    # / 17) the floors below.
    "blind_dm": (0.975, 0.98, 0.975, 39),
    "blind_dn": (0.955, 0.96, 0.985, 5),
    "blind_do": (0.97, 0.985, 0.985, 17),
    # Sets DP to DT: first scores DP 0.976 / 0.979 / 0.973 / 32, DQ 0.972 / 0.985 / 0.952 / 20,
    # DR 0.967 / 0.985 / 0.971 / 28, DS 0.977 / 0.982 / 0.982 / 17, DT 0.966 / 0.969 / 0.976 /
    # 19 (round BQ); after round BR's rules (DP 0.985 / 0.982 / 0.973 / 32: Gaelic and Irish
    # schools, quoted gamertags; DQ 0.981 / 0.988 / 0.952 / 20: Welsh clubs, "Under 14s"; DR
    # 0.981 / 0.988 / 0.972 / 28: faith communities' youth groups; DS 0.980 / 0.984 / 0.982 /
    # 17; DT 0.988 / 0.995 / 0.976 / 18: a pasted table's columns) the floors below.
    "blind_dp": (0.98, 0.98, 0.97, 32),
    "blind_dq": (0.98, 0.985, 0.95, 20),
    "blind_dr": (0.98, 0.985, 0.97, 28),
    "blind_ds": (0.975, 0.98, 0.98, 17),
    "blind_dt": (0.985, 0.99, 0.975, 18),
    # Sets DU to DY: first scores DU 0.950 / 0.962 / 0.974 / 26, DV 0.979 / 0.985 / 0.991 /
    # 12, DW 0.952 / 0.968 / 0.965 / 35, DX 0.966 / 0.971 / 0.975 / 16, DY 0.974 / 0.984 /
    # 0.977 / 15 (round BR); after round BS's rules (DU 0.961 / 0.966 / 0.974 / 26: crews
    # named by a postcode district, initials after a post; DV 0.982 / 0.986 / 0.992 / 12; DW
    # 0.962 / 0.980 / 0.965 / 35: a site's plots and pitches, families named by a surname;
    # DX 0.969 / 0.978 / 0.975 / 16; DY 0.977 / 0.986 / 0.977 / 15) the floors below.
    "blind_du": (0.96, 0.965, 0.97, 26),
    "blind_dv": (0.98, 0.985, 0.99, 12),
    "blind_dw": (0.96, 0.975, 0.96, 35),
    "blind_dx": (0.965, 0.975, 0.97, 16),
    "blind_dy": (0.975, 0.985, 0.975, 15),
    # Sets DZ, EA and EB: first scores DZ 0.971 / 0.980 / 0.973 / 31, EA 0.948 / 0.975 /
    # 0.979 / 26, EB 0.959 / 0.980 / 0.970 / 43 (round BS); after round BT's rules (DZ 0.973 /
    # 0.980 / 0.973 / 31: streamers' codes, one-word streets; EA 0.954 / 0.975 / 0.980 / 24:
    # junior teams by their sport; EB 0.961 / 0.981 / 0.971 / 41: speakers after a bare time)
    # the floors below.
    "blind_dz": (0.97, 0.98, 0.97, 31),
    "blind_ea": (0.95, 0.975, 0.975, 24),
    "blind_eb": (0.96, 0.98, 0.97, 41),
    # Sets EC, ED and EE: first scores EC 0.987 / 0.996 / 0.977 / 57, ED 0.961 / 0.979 / 0.977
    # / 26, EE 0.960 / 0.974 / 0.966 / 39 (round BT); after round BU's rules (EC 0.987 / 0.996
    # / 0.984 / 22: deafness and disability words kept; ED 0.961 / 0.980 / 0.977 / 26; EE 0.969
    # / 0.977 / 0.967 / 39: camps and outdoor centres, a letter after a title) the floors below.
    "blind_ec": (0.985, 0.995, 0.98, 22),
    "blind_ed": (0.96, 0.98, 0.975, 26),
    "blind_ee": (0.965, 0.975, 0.965, 39),
    # Sets EF and EG: first scores EF 0.977 / 0.989 / 0.969 / 48, EG 0.974 / 0.979 / 0.979 /
    # 47 (round BU); after round BV's rules (EF 0.980 / 0.992 / 0.977 / 27: Prevent's words
    # kept, fields before fields; EG 0.983 / 0.988 / 0.983 / 35: channels, shows, first names
    # the lists lacked, settings named after their owners) the floors below.
    "blind_ef": (0.98, 0.99, 0.975, 27),
    "blind_eg": (0.98, 0.985, 0.98, 35),
    # Sets EH, EI and EJ: first scores EH 0.971 / 0.985 / 0.978 / 41, EI 0.968 / 0.989 / 0.979
    # / 24, EJ 0.968 / 0.979 / 0.954 / 87 (round BV); after round BW's rules (EH the same; EI
    # 0.970 / 0.989 / 0.979 / 24: tutoring agencies; EJ 0.968 / 0.979 / 0.964 / 63: faith
    # settings' words, greetings and honorifics kept) the floors below.
    "blind_eh": (0.97, 0.985, 0.975, 41),
    "blind_ei": (0.97, 0.985, 0.975, 24),
    "blind_ej": (0.965, 0.975, 0.96, 63),
    # Sets EK, EL and EM: first scores EK 0.979 / 0.983 / 0.987 / 15, EL 0.971 / 0.978 /
    # 0.983 / 18, EM 0.979 / 0.992 / 0.978 / 19 (round BW); after round BX's rules (EK 0.984
    # / 0.988 / 0.990 / 10, EL 0.978 / 0.985 / 0.987 / 10, EM 0.994 / 0.998 / 0.988 / 5:
    # channels' and servers' names, handles, lettered and aged children, initials among
    # initials, towns' estates, food banks and public bodies kept) the floors below.
    "blind_ek": (0.98, 0.985, 0.985, 10),
    "blind_el": (0.975, 0.98, 0.985, 10),
    "blind_em": (0.99, 0.995, 0.985, 5),
    # Sets EN, EQ and ER: first scores EN 0.953 / 0.984 / 0.979 / 9 (round BX fd3be9c), EQ
    # 0.976 / 0.979 / 0.963 / 63 and ER 0.968 / 0.966 / 0.974 / 29 (round BX as landed,
    # aebc6e7); after round BY's rules (EN 0.965 / 0.987 / 0.979 / 8, EQ 0.979 / 0.980 / 0.981
    # / 21, ER 0.971 / 0.972 / 0.980 / 16: the forces' words and places kept, early years'
    # and cadets' settings, initials again) the floors below.
    "blind_en": (0.96, 0.985, 0.975, 10),
    "blind_eq": (0.975, 0.975, 0.975, 25),
    "blind_er": (0.97, 0.97, 0.975, 20),
    # Sets EO, EP and ES: first scores EO 0.986 / 0.984 / 0.964 / 55, EP 0.976 / 0.980 / 0.961
    # / 94 (round BX fd3be9c), ES 0.976 / 0.985 / 0.978 / 12 (round BX as landed, aebc6e7);
    # after round BZ's rules (EO 0.989 / 0.989 / 0.964 / 52, EP 0.981 / 0.987 / 0.975 / 51, ES
    # 0.980 / 0.986 / 0.979 / 8: initials by a heading or a role, accounts in logs, a year
    # group's chat named by its school, Scotland's words, where a caller rang from) the floors
    # below.
    "blind_eo": (0.985, 0.985, 0.96, 55),
    "blind_ep": (0.975, 0.98, 0.97, 55),
    "blind_es": (0.975, 0.98, 0.975, 10),
    # Sets ET, EU and EV: first scores ET 0.980 / 0.986 / 0.964 / 61, EU 0.955 / 0.988 / 0.963
    # / 74, EV 0.977 / 0.989 / 0.957 / 68 (round BY, c99020d); tuning sets since round BZ (ET
    # 0.980 / 0.986 / 0.964 / 61, EU 0.961 / 0.988 / 0.963 / 74, EV 0.978 / 0.989 / 0.958 /
    # 66: youth arts groups, a school's "&") the floors below.
    "blind_et": (0.975, 0.98, 0.96, 65),
    "blind_eu": (0.955, 0.985, 0.96, 80),
    "blind_ev": (0.975, 0.985, 0.955, 70),
    # Sets EW, EX and EY: first scores EW 0.982 / 0.991 / 0.977 / 16, EX 0.960 / 0.973 / 0.964
    # / 19, EY 0.965 / 0.980 / 0.969 / 54 (round BZ, dfc7315); tuning sets since round CA (EW
    # 0.983 / 0.991 / 0.982 / 13, EX 0.966 / 0.973 / 0.971 / 14, EY 0.975 / 0.985 / 0.979 / 35:
    # Welsh schools, streets and words, Traveller sites, Roma and Traveller peoples, handles
    # split at a dot, tags after "in-game") the floors below.
    "blind_ew": (0.98, 0.99, 0.975, 16),
    "blind_ex": (0.96, 0.97, 0.965, 16),
    "blind_ey": (0.97, 0.98, 0.975, 40),
    # Sets EZ, FA and FB: first scores EZ 0.980 / 0.986 / 0.975 / 65, FA 0.960 / 0.996 / 0.960
    # / 61, FB 0.964 / 0.978 / 0.974 / 43 (round CA, 0cb69be); tuning sets since round CB (EZ
    # 0.983 / 0.989 / 0.981 / 31, FA 0.970 / 0.996 / 0.972 / 36, FB 0.976 / 0.980 / 0.983 / 29:
    # farms, young farmers' clubs, uniformed units, Jewish schools, tutors' display names,
    # children's teams, refugee casework's peoples, a care leaver's personal adviser) the floors
    # below.
    "blind_ez": (0.98, 0.985, 0.975, 34),
    "blind_fa": (0.965, 0.995, 0.97, 40),
    "blind_fb": (0.975, 0.975, 0.98, 32),
    # Sets FC, FD and FE: first scores FC 0.970 / 0.982 / 0.940 / 126, FD 0.973 / 0.989 / 0.959
    # / 82, FE 0.956 / 0.958 / 0.959 / 23 (round CB, 39ac2b3); tuning sets since round CC (FC
    # 0.973 / 0.986 / 0.966 / 38, FD 0.973 / 0.990 / 0.977 / 34, FE 0.970 / 0.979 / 0.970 / 22:
    # faiths, names in other scripts, Chinese and Vietnamese names family name first, Sikh,
    # Hindu and Jain words, the islands' places) the floors below.
    "blind_fc": (0.97, 0.985, 0.96, 42),
    "blind_fd": (0.97, 0.985, 0.975, 38),
    "blind_fe": (0.965, 0.975, 0.965, 26),
    # Sets FF, FG and FH: first scores FF 0.965 / 0.972 / 0.960 / 60, FG 0.968 / 0.979 / 0.979
    # / 46, FH 0.977 / 0.982 / 0.954 / 88 (round CC, 38b2c9c); tuning sets since round CD (FF
    # 0.965 / 0.972 / 0.967 / 48, FG 0.976 / 0.983 / 0.979 / 46, FH 0.978 / 0.985 / 0.955 / 82:
    # children's gyms, boxing and dance clubs, churches, Orthodox feasts, Filipino kin words,
    # lone initials) the floors below.
    "blind_ff": (0.96, 0.97, 0.965, 50),
    "blind_fg": (0.97, 0.98, 0.975, 48),
    "blind_fh": (0.975, 0.98, 0.95, 84),
    # Sets FI, FJ and FK: first scores FI 0.979 / 0.983 / 0.972 / 42, FJ 0.961 / 0.981 / 0.961
    # / 61, FK 0.949 / 0.955 / 0.933 / 145 (round CD, 9963cfb); tuning sets since round CE (FI
    # 0.982 / 0.985 / 0.972 / 42, FJ 0.962 / 0.982 / 0.964 / 53, FK 0.958 / 0.967 / 0.948 / 110
    # after its six parts: cities abroad, fan platforms, kin words, names glossed in another
    # script, glossed nicknames, guardianship agencies, streets after "on") the floors below.
    "blind_fi": (0.978, 0.98, 0.97, 44),
    "blind_fj": (0.96, 0.98, 0.96, 55),
    "blind_fk": (0.955, 0.965, 0.945, 112),
    # Sets FL, FM and FN: first scores FL 0.957 / 0.967 / 0.965 / 66, FM 0.964 / 0.984 / 0.980 /
    # 25, FN 0.970 / 0.970 / 0.955 / 96 (round CE, eb40477); tuning sets since round CF (FL
    # 0.957 / 0.968 / 0.971 / 46, FM 0.966 / 0.987 / 0.980 / 25, FN 0.975 / 0.975 / 0.963 / 82:
    # case notes' initials, nicknames between names, sea clubs, kin words, piers and beaches).
    "blind_fl": (0.955, 0.965, 0.965, 48),
    "blind_fm": (0.96, 0.985, 0.975, 27),
    "blind_fn": (0.97, 0.97, 0.96, 84),
    # Sets FO, FP and FQ: first scores FO 0.960 / 0.976 / 0.980 / 24, FP 0.969 / 0.977 / 0.951 /
    # 113, FQ 0.961 / 0.977 / 0.972 / 24 (round CF, a57bac0); tuning sets since round CG.
    "blind_fo": (0.958, 0.975, 0.975, 26),
    "blind_fp": (0.965, 0.975, 0.95, 115),
    "blind_fq": (0.96, 0.975, 0.97, 26),
    # Sets FR, FS and FT: first scores FR 0.891 / 0.947 / 0.985 / 20, FS 0.994 / 1.000 / 0.950 /
    # 9, FT 0.974 / 0.986 / 0.970 / 53 (round CG, 4af4f87); tuning sets since round CH.
    "blind_fr": (0.885, 0.94, 0.98, 22),
    "blind_fs": (0.99, 0.995, 0.945, 11),
    "blind_ft": (0.97, 0.98, 0.965, 55),
    # Sets FU, FV and FW: first scores FU 0.960 / 0.994 / 0.988 / 16, FV 0.968 / 0.976 / 0.983 /
    # 14, FW 0.972 / 0.981 / 0.979 / 24 (round CI, 91818f4); tuning sets since round CI, part 2.
    "blind_fu": (0.955, 0.99, 0.985, 18),
    "blind_fv": (0.965, 0.97, 0.98, 16),
    "blind_fw": (0.97, 0.975, 0.975, 26),
    # Sets FX, FY and FZ: first scores FX 0.983 / 0.992 / 0.970 / 51, FY 0.982 / 0.983 / 0.959 /
    # 54, FZ 0.986 / 0.994 / 0.971 / 81 (round CI, a02bf41); tuning sets since round CJ.
    "blind_fx": (0.98, 0.99, 0.965, 53),
    "blind_fy": (0.98, 0.98, 0.955, 56),
    "blind_fz": (0.98, 0.99, 0.965, 83),
    # Sets GA, GB and GC: first scores GA 0.937 / 0.983 / 0.964 / 55, GB 0.979 / 0.985 / 0.975 /
    # 35, GC 0.969 / 0.983 / 0.909 / 117 (round CK part 1, 74f05e2); tuning sets since then.
    "blind_ga": (0.935, 0.98, 0.96, 57),
    "blind_gb": (0.975, 0.98, 0.97, 37),
    "blind_gc": (0.965, 0.98, 0.905, 119),
    # Sets GD, GE and GF: first scores GD 0.976 / 0.986 / 0.970 / 49, GE 0.971 / 0.982 / 0.966 /
    # 50, GF 0.967 / 0.988 / 0.958 / 62 (round CK part 2, 1af56d2); tuning sets since then.
    "blind_gd": (0.97, 0.98, 0.965, 51),
    "blind_ge": (0.965, 0.98, 0.96, 52),
    "blind_gf": (0.965, 0.985, 0.955, 64),
    # Sets GG, GH and GI: first scores GG 0.980 / 0.994 / 0.982 / 27, GH 0.972 / 0.989 / 0.961 /
    # 70, GI 0.961 / 0.984 / 0.948 / 76 (round CK part 3, 36588c0); tuning sets since then.
    "blind_gg": (0.975, 0.99, 0.98, 29),
    "blind_gh": (0.97, 0.985, 0.955, 72),
    "blind_gi": (0.955, 0.98, 0.945, 78),
    # Sets GJ, GK and GL: first scores GJ 0.973 / 0.991 / 0.972 / 43, GK 0.970 / 0.987 / 0.978 /
    # 27, GL 0.962 / 0.976 / 0.976 / 35 (round CK part 5, 829e76c); tuning sets since then.
    "blind_gj": (0.97, 0.985, 0.97, 45),
    "blind_gk": (0.965, 0.985, 0.975, 29),
    "blind_gl": (0.96, 0.97, 0.97, 37),
    # Sets GM, GN and GO: first scores GM 0.964 / 0.986 / 0.979 / 27, GN 0.943 / 0.984 / 0.975 /
    # 40, GO 0.980 / 0.990 / 0.963 / 49 (round CK with its review mend, da2d67d); tuning sets
    # since then.
    "blind_gm": (0.96, 0.985, 0.975, 29),
    "blind_gn": (0.94, 0.98, 0.97, 42),
    "blind_go": (0.975, 0.985, 0.96, 51),
    # Sets GP, GQ and GR: first scores GP 0.974 / 0.990 / 0.972 / 61, GQ 0.980 / 0.988 / 0.968 /
    # 80, GR 0.976 / 0.993 / 0.979 / 29 (round CL part 1, 9e2b77c); tuning sets since then.
    "blind_gp": (0.97, 0.985, 0.97, 63),
    "blind_gq": (0.975, 0.985, 0.965, 82),
    "blind_gr": (0.975, 0.99, 0.975, 31),
    # Sets GS, GT and GU: first scores GS 0.980 / 0.982 / 0.931 / 141, GT 0.986 / 0.981 / 0.981
    # / 35, GU 0.952 / 0.966 / 0.975 / 42 (round CL part 2, 066b4ad); tuning sets since then.
    "blind_gs": (0.975, 0.98, 0.93, 143),
    "blind_gt": (0.985, 0.98, 0.98, 37),
    "blind_gu": (0.95, 0.965, 0.97, 44),
    # Sets GV, GW and GX: first scores GV 0.990 / 0.995 / 0.978 / 30, GW 0.973 / 0.988 / 0.973
    # / 30, GX 0.976 / 0.982 / 0.968 / 41 (round CL as landed, b3b9bb3); tuning sets since.
    "blind_gv": (0.985, 0.99, 0.975, 32),
    "blind_gw": (0.97, 0.985, 0.97, 32),
    "blind_gx": (0.975, 0.98, 0.965, 43),
    # Sets GY, GZ and HA: first scores GY 0.972 / 0.982 / 0.976 / 27, GZ 0.973 / 0.982 / 0.973
    # / 32, HA 0.986 / 0.986 / 0.970 / 48 (round CM part 1, eaf47f9); tuning sets since.
    "blind_gy": (0.97, 0.98, 0.975, 29),
    "blind_gz": (0.97, 0.98, 0.97, 34),
    "blind_ha": (0.985, 0.985, 0.97, 50),
    # Sets HB, HC and HD: first scores HB 0.965 / 0.973 / 0.967 / 75, HC 0.970 / 0.970 / 0.971
    # / 37, HD 0.986 / 0.995 / 0.980 / 23 (round CM part 2, c8779fc); tuning sets since.
    "blind_hb": (0.965, 0.97, 0.965, 77),
    "blind_hc": (0.965, 0.97, 0.97, 39),
    "blind_hd": (0.985, 0.99, 0.98, 25),
    # Sets HE, HF and HG: first scores HE 0.985 / 0.987 / 0.979 / 26, HF 0.982 / 0.986 / 0.962
    # / 52, HG 0.967 / 0.984 / 0.982 / 20 (round CN part 1, 3277966); tuning sets since.
    "blind_he": (0.98, 0.985, 0.975, 28),
    "blind_hf": (0.98, 0.985, 0.96, 54),
    "blind_hg": (0.965, 0.98, 0.98, 22),
    # Sets NA and NB, dense with hard negatives (words that are also names, places outside
    # addresses, app, game and group names, brands, Welsh, Gaelic and Arabic everyday words):
    # first scores NA 0.972 / 0.972 / 0.929 / 76, NB 0.983 / 0.975 / 0.854 / 111 (main
    # 2087412; benchmarks/README.md, "Round Y: real negatives"); the name model is not trained
    # on them.
    # Must-survive ceilings one above the hits after round AC (NA 55, NB 94).
    "negatives_na": (0.97, 0.97, 0.925, 56),
    "negatives_nb": (0.98, 0.97, 0.85, 95),
}

# set: (texts, labelled spans or None where not pinned)
SIZES = {
    "blind_e": (179, None),
    "blind_f": (170, 1280),
    "blind_g": (170, 1048),
    "blind_h": (170, 1009),
    "blind_k": (175, 1199),
    "blind_l": (175, 1300),
    "blind_m": (175, 1211),
    "blind_n": (175, 1139),
    "blind_o": (175, 1215),
    "blind_p": (175, 1137),
    "blind_q": (176, 1296),
    "blind_r": (175, 1231),
    "blind_s": (175, 1170),
    "blind_t": (180, 1145),
    "blind_u": (174, 1365),
    "blind_v": (175, 1306),
    "blind_w": (175, 1219),
    "blind_x": (176, 1241),
    "blind_y": (193, 924),
    "blind_z": (180, 1013),
    "blind_aa": (182, 1249),
    "blind_ab": (189, 865),
    "blind_ac": (180, 1470),
    "blind_ad": (183, 872),
    "blind_ae": (189, 1575),
    "blind_af": (190, 1146),
    "blind_ag": (192, 1373),
    "blind_ah": (191, 1622),
    "blind_ai": (187, 1885),
    "blind_aj": (187, 1057),
    "blind_ak": (192, 986),
    "blind_al": (185, 1629),
    "blind_am": (188, 1844),
    "blind_an": (186, 1951),
    "blind_ao": (185, 2359),
    "blind_ap": (185, 2407),
    "blind_aq": (186, 2238),
    "blind_ar": (186, 2147),
    "blind_as": (186, 2009),
    "blind_at": (186, 2007),
    "blind_au": (189, 2394),
    "blind_av": (185, 3009),
    "blind_aw": (187, 1809),
    "blind_ax": (186, 2147),
    "blind_ay": (186, 1684),
    "blind_az": (185, 2033),
    "blind_ba": (185, 2106),
    "blind_bb": (185, 1766),
    "blind_bc": (185, 2373),
    "blind_bd": (186, 2060),
    "blind_be": (180, 1745),
    "blind_bf": (180, 1763),
    "blind_bg": (181, 1418),
    "blind_bh": (186, 2095),
    "blind_bi": (186, 2358),
    "blind_bj": (187, 2374),
    "blind_bk": (186, 1325),
    "blind_bl": (88, 595),
    "blind_bm": (150, 1248),
    "blind_bn": (150, 1497),
    "blind_bo": (157, 1401),
    "blind_bp": (175, 1277),
    "blind_bq": (152, 2094),
    "blind_br": (180, 1500),
    "blind_bs": (181, 2085),
    "blind_bt": (188, 2048),
    "blind_bu": (185, 1741),
    "blind_bv": (185, 2733),
    "blind_bw": (192, 2458),
    "blind_bx": (184, 1548),
    "blind_by": (185, 1950),
    "blind_bz": (187, 2294),
    "blind_ca": (178, 1858),
    "blind_cb": (185, 1446),
    "blind_cc": (180, 2481),
    "blind_cd": (181, 1718),
    "blind_ce": (185, 2685),
    "blind_cf": (186, 2283),
    "blind_cg": (179, 1890),
    "blind_ch": (186, 1590),
    "blind_ci": (186, 2798),
    "blind_cj": (185, 2692),
    "blind_ck": (185, 2028),
    "blind_cl": (185, 1950),
    "blind_cm": (183, 2313),
    "blind_cn": (181, 1688),
    "blind_co": (186, 1458),
    "blind_cp": (185, 2075),
    "blind_cq": (188, 1725),
    "blind_cr": (185, 2368),
    "blind_cs": (185, 1829),
    "blind_ct": (185, 1897),
    "blind_cu": (131, 1611),
    "blind_cv": (182, 1593),
    "blind_cw": (126, 1217),
    "blind_cx": (130, 1158),
    "blind_cy": (176, 1741),
    "blind_cz": (125, 1512),
    "blind_da": (34, 277),
    "blind_db": (184, 1897),
    "blind_dc": (120, 798),
    "blind_dd": (185, 1623),
    "blind_de": (30, 251),
    "blind_df": (184, 1444),
    "blind_dg": (179, 1140),
    "blind_dh": (103, 540),
    "blind_di": (76, 419),
    "blind_dj": (182, 1250),
    "blind_dk": (179, 1374),
    "blind_dl": (181, 1216),
    "blind_dm": (180, 1739),
    "blind_dn": (145, 957),
    "blind_do": (139, 955),
    "blind_dp": (125, 837),
    "blind_dq": (180, 1086),
    "blind_dr": (127, 1052),
    "blind_ds": (132, 884),
    "blind_dt": (137, 1175),
    "blind_du": (150, 1243),
    "blind_dv": (132, 997),
    "blind_dw": (131, 1034),
    "blind_dx": (138, 877),
    "blind_dy": (125, 915),
    "blind_dz": (186, 1983),
    "blind_ea": (185, 1858),
    "blind_eb": (181, 1721),
    "blind_ec": (185, 1980),
    "blind_ed": (185, 2037),
    "blind_ee": (186, 1957),
    "blind_ef": (186, 1806),
    "blind_eg": (185, 1851),
    "blind_eh": (185, 1785),
    "blind_ei": (185, 1742),
    "blind_ej": (185, 1509),
    "blind_ek": (185, 1735),
    "blind_el": (186, 1881),
    "blind_em": (185, 2041),
    "blind_en": (185, 1834),
    "blind_eq": (187, 1773),
    "blind_er": (186, 1288),
    "blind_eo": (185, 1520),
    "blind_ep": (188, 2158),
    "blind_es": (185, 1633),
    "blind_et": (184, 1880),
    "blind_eu": (183, 1657),
    "blind_ev": (185, 1898),
    "blind_ew": (103, 857),
    "blind_ex": (90, 707),
    "blind_ey": (186, 1494),
    "blind_ez": (185, 1639),
    "blind_fa": (178, 1478),
    "blind_fb": (178, 1483),
    "blind_fc": (185, 1649),
    "blind_fd": (185, 1649),
    "blind_fe": (185, 1671),
    "blind_ff": (184, 2139),
    "blind_fg": (185, 1916),
    "blind_fh": (185, 1890),
    "blind_fi": (185, 1744),
    "blind_fj": (187, 1926),
    "blind_fk": (185, 1770),
    "blind_fl": (186, 1716),
    "blind_fm": (185, 2087),
    "blind_fn": (184, 1856),
    "blind_fo": (185, 1789),
    "blind_fp": (185, 1749),
    "blind_fq": (188, 1631),
    "blind_fr": (178, 1463),
    "blind_fs": (46, 319),
    "blind_ft": (178, 1742),
    "blind_fu": (186, 1960),
    "blind_fv": (185, 1799),
    "blind_fw": (185, 1579),
    "blind_fx": (185, 1568),
    "blind_fy": (185, 1371),
    "blind_fz": (185, 1677),
    "blind_ga": (185, 1528),
    "blind_gb": (176, 1688),
    "blind_gc": (185, 1788),
    "blind_gd": (185, 2234),
    "blind_ge": (185, 1616),
    "blind_gf": (185, 1773),
    "blind_gg": (185, 1683),
    "blind_gh": (185, 1740),
    "blind_gi": (185, 1736),
    "blind_gj": (188, 1805),
    "blind_gk": (184, 1939),
    "blind_gl": (185, 2026),
    "blind_gm": (188, 1658),
    "blind_gn": (188, 1837),
    "blind_go": (185, 1514),
    "blind_gp": (185, 2150),
    "blind_gq": (185, 2256),
    "blind_gr": (185, 1718),
    "blind_gs": (185, 1686),
    "blind_gt": (185, 1883),
    "blind_gu": (186, 1677),
    "blind_gv": (186, 1953),
    "blind_gw": (187, 1789),
    "blind_gx": (185, 2033),
    "blind_gy": (185, 2283),
    "blind_gz": (185, 1855),
    "blind_ha": (185, 1963),
    "blind_hb": (189, 1881),
    "blind_hc": (185, 1852),
    "blind_hd": (187, 1803),
    "blind_he": (189, 1690),
    "blind_hf": (182, 1896),
    "blind_hg": (185, 1924),
    "negatives_na": (176, 906),
    "negatives_nb": (183, 663),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_tuning_set_stays_tuned(name: str) -> None:
    recall, person, precision, violations = FLOORS[name]
    s = score(load(DEVSET_DIR / f"{name}.jsonl"), lambda t: redact(t).entities)
    assert s.overall_recall >= recall, s.misses[:10]
    assert s.recall("PERSON") >= person, s.misses[:10]
    assert s.char_precision >= precision, s.false_positives[:10]
    assert len(s.violations) <= violations, s.violations


@pytest.mark.parametrize("name", sorted(SIZES))
def test_tuning_set_labels_point_at_text(name: str) -> None:
    examples = load(DEVSET_DIR / f"{name}.jsonl")
    texts, spans = SIZES[name]
    assert len(examples) == texts
    if spans is not None:
        assert sum(len(ex.gold) for ex in examples) == spans
    for ex in examples:
        for g in ex.gold:
            span = ex.text[g.start : g.end]
            assert span and span == span.strip(), (ex.id, span)
