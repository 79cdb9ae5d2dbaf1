package vn.danso.spark;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;

/**
 * Everything an executor needs to check a group, sent to it once as a broadcast value (cấu hình kiểm tra gửi tới máy
 * thực thi): the hierarchy, how to make the catalogue and the rules, and the periods of the whole dataset. Each
 * executor JVM makes the catalogue, the rules and the trees once, the first time a task asks.
 */
final class ValidationSetup implements Serializable {
  private static final long serialVersionUID = 1L;

  private final UnitGroups groups;
  private final SerializableSupplier<IndicatorCatalogue> catalogue;
  private final SerializableSupplier<DataCheckSet> rules;
  private final String[] periodCodes;
  private transient IndicatorCatalogue madeCatalogue;
  private transient DataCheckSet madeRules;
  private transient ImmutableList<Period> periods;

  ValidationSetup(UnitGroups groups, SerializableSupplier<IndicatorCatalogue> catalogue,
      SerializableSupplier<DataCheckSet> rules, String[] periodCodes) {
    this.groups = groups;
    this.catalogue = catalogue;
    this.rules = rules;
    this.periodCodes = periodCodes.clone();
  }

  UnitGroups groups() {
    return groups;
  }

  /** The periods of the whole dataset, which every group's dataset covers. */
  synchronized ImmutableList<Period> periods() {
    if (periods == null) {
      ImmutableList.Builder<Period> list = ImmutableList.builderWithExpectedSize(periodCodes.length);
      for (String code : periodCodes) {
        Period.tryParse(code).ifPresent(list::add);
      }
      periods = list.build();
    }
    return periods;
  }

  /** The engine for a group: the rules, the catalogue and the group's tree, in the calling thread only. */
  DataValidator validator(int group) {
    IndicatorCatalogue madeCatalogue;
    DataCheckSet madeRules;
    synchronized (this) {
      if (this.madeCatalogue == null) {
        this.madeCatalogue = catalogue.get();
        this.madeRules = rules == null ? DataCheckSet.builtIn(this.madeCatalogue) : rules.get();
      }
      madeCatalogue = this.madeCatalogue;
      madeRules = this.madeRules;
    }
    return DataValidator.builder().catalogue(madeCatalogue).checks(madeRules).units(groups.treeOf(group))
        .parallelism(1).build();
  }
}
