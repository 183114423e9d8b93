package cn.kaohe.report.jasper;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A bean data source over records (or any objects): a template field {@code name} reads the public
 * no-argument method {@code name()} of the row, so record components and derived methods such as
 * {@code remarkText()} are both fields. Jasper's own {@code JRBeanCollectionDataSource} only knows
 * JavaBean getters and cannot read records.
 */
public final class RecordDataSource implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class
                        && m.getDeclaringClass() != Object.class) {
                    accessors.put(m.getName(), m);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final List<?> rows;
    private int index = -1;

    public RecordDataSource(Collection<?> rows) {
        this.rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            return false;
        }
        index++;
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Object row = rows.get(index);
        Method accessor = ACCESSORS.get(row.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("Field " + field.getName() + " has no accessor in "
                    + row.getClass().getName());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException(
                    "Cannot read field " + field.getName() + " of "
                            + row.getClass().getName(),
                    e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
