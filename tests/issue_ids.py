"""Ids that the issues name, shared by the tests that check them."""

# The condition ids named in issue 2.
REQUIRED_CONDITIONS = frozenset(
    {
        "benign_fasciculation",
        "exercise_fatigue",
        "dehydration",
        "hypokalemia",
        "hypomagnesemia",
        "hypocalcemia",
        "caffeine_stimulants",
        "stress_anxiety",
        "sleep_deprivation",
        "medication_side_effect",
        "vitamin_b12_deficiency",
        "iron_deficiency",
        "nocturnal_leg_cramps",
        "restless_legs_syndrome",
        "periodic_limb_movement_disorder",
        "hypnic_jerks",
        "peripheral_neuropathy",
        "lumbar_radiculopathy",
        "cauda_equina_syndrome",
        "motor_neuron_disease",
        "guillain_barre_syndrome",
        "multiple_sclerosis",
        "hypothyroidism",
        "chronic_kidney_disease",
        "tic_disorder",
        "cramp_fasciculation_syndrome",
        "deep_vein_thrombosis",
        "peripheral_artery_disease",
        "rhabdomyolysis",
    }
)
