/** Fiscal year, through month and report language, with the data's defaults shown. */
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { isLang, monthName as monthNameIn, type Lang } from '../../../core';
import { tr } from '../../i18n';

const useStyles = makeStyles({
  // Two columns where they fit (≥ 2 × 120 px), one below each other in a narrow pane.
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  wide: { gridColumn: '1 / -1' },
  field: { minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
});

export interface SettingsValue {
  /** The year as typed (may be invalid while typing). */
  year: string;
  period: number | undefined;
  lang: Lang;
}

export interface SettingsFormProps {
  value: SettingsValue;
  defaults: { year?: number; period?: number };
  /** The pane's language (the report language chosen). */
  lang: Lang;
  disabled: boolean;
  onChange: (value: SettingsValue) => void;
}

/** A valid year from the field, or undefined. */
export function parseYear(text: string): number | undefined {
  const n = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && n >= 1900 && n <= 2199 ? n : undefined;
}

export function SettingsForm({ value, defaults, lang, disabled, onChange }: SettingsFormProps) {
  const styles = useStyles();
  const yearInvalid = value.year.trim() !== '' && parseYear(value.year) === undefined;
  const monthName = (m: number) => monthNameIn(m, lang, 'long');
  return (
    <div className={styles.form}>
      <Field
        className={styles.field}
        label={tr('year', lang)}
        hint={defaults.year !== undefined ? tr('fromData', lang, { value: defaults.year }) : undefined}
        validationMessage={yearInvalid ? tr('yearInvalid', lang) : undefined}
        validationState={yearInvalid ? 'error' : 'none'}
      >
        <Input
          className={styles.control}
          inputMode="numeric"
          value={value.year}
          disabled={disabled}
          placeholder={defaults.year !== undefined ? String(defaults.year) : ''}
          onChange={(_, d) => {
            onChange({ ...value, year: d.value });
          }}
        />
      </Field>
      <Field
        className={styles.field}
        label={tr('period', lang)}
        hint={defaults.period !== undefined ? tr('fromData', lang, { value: monthName(defaults.period) }) : undefined}
      >
        <Select
          className={styles.control}
          value={value.period === undefined ? '' : String(value.period)}
          disabled={disabled}
          onChange={(_, d) => {
            onChange({ ...value, period: d.value === '' ? undefined : Number(d.value) });
          }}
        >
          {value.period === undefined && <option value="">–</option>}
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={String(m)}>
              {monthName(m)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={`${styles.field} ${styles.wide}`} label={tr('language', lang)}>
        <Select
          className={styles.control}
          value={value.lang}
          disabled={disabled}
          onChange={(_, d) => {
            onChange({ ...value, lang: isLang(d.value) ? d.value : 'sv' });
          }}
        >
          <option value="sv">{tr('langSv', lang)}</option>
          <option value="en">{tr('langEn', lang)}</option>
        </Select>
      </Field>
    </div>
  );
}
