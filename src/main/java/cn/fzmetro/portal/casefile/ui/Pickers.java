package cn.fzmetro.portal.casefile.ui;

import org.springframework.data.domain.PageRequest;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.combobox.ComboBox;

/** The pickers staff screens share: a published item (searched lazily) and a competent district. */
public final class Pickers {

    private Pickers() {
    }

    /** Published items, searched by code, name or pinyin initials, one page per query. */
    public static ComboBox<ItemSummary> item(CatalogQuery catalog, String label) {
        ComboBox<ItemSummary> item = new ComboBox<>(label);
        item.setItems(q -> catalog.published(null, null, q.getFilter().orElse(""),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setClearButtonVisible(true);
        item.setMinWidth("20em");
        return item;
    }

    /** The districts a case can be decided in (GB/T 2260 county level). */
    public static ComboBox<RegionInfo> district(AreaQuery area, String label) {
        ComboBox<RegionInfo> district = new ComboBox<>(label);
        district.setItems(area.regions().stream().filter(r -> r.level() == RegionInfo.Level.DISTRICT).toList());
        district.setItemLabelGenerator(RegionInfo::name);
        district.setClearButtonVisible(true);
        return district;
    }
}
