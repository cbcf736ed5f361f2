package vn.tayninh.dashboard.quality;

import vn.tayninh.dashboard.commune.Commune;

/** One commune's data quality, for the grid column and the ranking. */
public record CommuneQuality(Commune commune, QualityCounts counts) {
}
