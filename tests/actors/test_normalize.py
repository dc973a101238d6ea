from wirecoder.actors.normalize import fold, skeleton


def test_fold_variants_meet():
    assert fold("al-Qaeda") == fold("Al Qaeda") == fold("AL-QAEDA")
    assert fold("Kata'ib Hezbollah") == fold("Kataib Hezbollah") == fold("Kata’ib Hezbollah")
    assert fold("U.S.") == fold("US") == "us"
    assert fold("the Taliban's") == "taliban"
    assert fold("Türkiye") == "turkiye"
    assert fold("Asa'ib Ahl al-Haq") == "asaib ahl haq"


def test_skeleton_joins_transliterations_not_different_names():
    assert skeleton("Esmail Qaani") == skeleton("Esmail Ghaani")
    assert skeleton("Qassem Soleimani") == skeleton("Qasem Soleimani")
    assert skeleton("Hizbollah") == skeleton("Hezbollah")
    assert skeleton("Muammar Gaddafi") == skeleton("Moammar Qadhafi")
    assert skeleton("Sergei Lavrov") != skeleton("Sergei Shoigu")
