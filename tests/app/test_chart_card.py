"""How tall a chart is drawn in presentation mode."""

from components.chart import PRESENT_HEIGHT, presentation_height


def test_a_chart_fits_the_projector_unless_that_would_halve_its_rows():
    assert PRESENT_HEIGHT == 520
    assert presentation_height(330) == 330  # the overview's coverage strip
    assert presentation_height(806) == 520  # the action lines' 19 rows
    assert presentation_height(1040) == 520
    assert presentation_height(1041) == 1041
    assert presentation_height(1570) == 1570  # the timeline of four submissions
    assert presentation_height(None) == 520
