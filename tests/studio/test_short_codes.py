from itertools import islice

from studio.short_codes import CodeAllocator, candidate_codes, is_valid_code


def test_codes_are_short_and_skip_letters_that_pass_for_digits():
    first = list(islice(candidate_codes(), 24 * 99 + 1))
    assert first[:3] == ["A1", "A2", "A3"]
    assert first[99] == "B1"
    assert first[-1] == "A100"  # two-character numbers run out, then three
    assert not any(code[0] in "IO" for code in first)
    assert len(set(first)) == len(first)


def test_the_allocator_skips_taken_codes_whatever_their_case():
    allocator = CodeAllocator(["a1", "A3"])
    assert [allocator.next_free() for _ in range(3)] == ["A2", "A4", "A5"]
    assert allocator.is_taken("a4")


def test_a_code_is_letters_and_digits():
    assert is_valid_code("A12") and is_valid_code("sale1")
    assert not is_valid_code("A-12") and not is_valid_code("") and not is_valid_code("ÄÖ1")
