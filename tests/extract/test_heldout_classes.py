"""Failure classes found on the held-out set (tests/extract/heldout), each checked on further
sentences of our own (none of them from the held-out articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, kept

PUBLISHED = date(2021, 5, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("lang", "text", "rejecter", "claimant"),
    [
        (
            "en",
            "Chile on Tuesday accused Bolivia of blocking trucks at the border. "
            "Bolivia rejected the accusation as baseless.",
            "BOL",
            "CHL",
        ),
        (
            "en",
            "Ghana's foreign minister accused Togo of harbouring smugglers. "
            "Lome dismissed the allegations on Wednesday.",
            "TGO",
            "GHA",
        ),
        (
            "en",
            "Thailand demanded that Cambodia withdraw its troops from the temple area, "
            "but Phnom Penh rejected the demand.",
            "KHM",
            "THA",
        ),
        (
            "ar",
            "اتهمت الجزائر المغرب بدعم جماعات انفصالية. ونفت وزارة الخارجية المغربية هذه الاتهامات.",
            "MAR",
            "DZA",
        ),
        (
            "ar",
            "وطالبت تونس ليبيا بفتح المعبر الحدودي، فيما رفضت طرابلس هذا الطلب.",
            "LBY",
            "TUN",
        ),
    ],
)
def test_heldout_rejection_of_an_earlier_claim_targets_its_maker(
    lang: str, text: str, rejecter: str, claimant: str
) -> None:
    rejections = kept(events_in(text, lang, PUBLISHED), "rejection")
    assert any(rejecter in codes(e.source) and claimant in codes(e.target) for e in rejections), [
        (codes(e.source), codes(e.target), e.confidence) for e in events_in(text, lang, PUBLISHED)
    ]
