import { Alert, Anchor, Button, Card, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { PageTitle } from '../../../components/PageTitle';
import { saveBlob } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { isApiProblem } from '../../../lib/problem';
import { fetchTemplate, importRegister, rowErrorsOf, type ImportResult } from '../api/import';
import { RowErrorTable } from '../components/RowErrorTable';
import { SkippedRows } from '../components/SkippedRows';

/**
 * Register import: upload a CSV or XLSX, check it (a dry run: every row through the admission
 * rules, nothing kept), see each wrong row, then import: all rows or none.
 */
export function ImportRoute() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => importRegister(f, true) });
  const run = useMutation({ mutationFn: (f: File) => importRegister(f, false) });
  const template = useMutation({
    mutationFn: fetchTemplate,
    onSuccess: ({ blob, filename }) => {
      saveBlob(blob, filename);
    },
  });

  const failed = run.error ?? check.error;
  const rowErrors = rowErrorsOf(failed);
  const fileError = isApiProblem(failed)
    ? failed.fieldErrors.find((e) => e.field === 'file')?.message
    : undefined;
  const checked: ImportResult | undefined = check.data;
  const done: ImportResult | undefined = run.data;

  const choose = (next: File | null) => {
    setFile(next);
    check.reset();
    run.reset();
  };

  return (
    <>
      <PageTitle>{t('import.pageTitle')}</PageTitle>
      <Stack gap="md" maw={900}>
        <Text>{t('import.intro')}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            mih={44}
            onClick={() => {
              template.mutate('xlsx');
            }}
          >
            {t('import.templateXlsx')}
          </Button>
          <Button
            variant="default"
            mih={44}
            onClick={() => {
              template.mutate('csv');
            }}
          >
            {t('import.templateCsv')}
          </Button>
        </Group>
        {template.error ? <ErrorDisplay error={template.error} /> : null}

        <Card withBorder>
          <Stack gap="sm">
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              clearable
              clearButtonProps={{ 'aria-label': t('import.clearFile') }}
              value={file}
              onChange={choose}
              error={fileError}
            />
            <Group gap="xs">
              <Button
                mih={44}
                disabled={!file || run.isPending}
                loading={check.isPending}
                onClick={() => {
                  if (file) {
                    run.reset();
                    check.mutate(file);
                  }
                }}
              >
                {t('import.check')}
              </Button>
              {checked && !done ? (
                <Button
                  mih={44}
                  color="teal.9"
                  loading={run.isPending}
                  onClick={() => {
                    if (file) run.mutate(file);
                  }}
                >
                  {t('import.run', { count: checked.imported, n: formatNumber(checked.imported) })}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Card>

        {failed && rowErrors.length > 0 ? (
          <Alert color="red" role="alert" title={t('import.errors.title')}>
            <Text size="sm" mb="sm">
              {isApiProblem(failed) && failed.problem?.detail
                ? failed.problem.detail
                : t('import.errors.nothingImported')}
            </Text>
            <RowErrorTable errors={rowErrors} />
          </Alert>
        ) : failed && !fileError ? (
          <ErrorDisplay error={failed} />
        ) : null}

        {checked && !done && !run.error ? (
          <Alert variant="outline" title={t('import.checked.title')} role="status">
            <Text size="sm">
              {t('import.checked.body', {
                count: checked.imported,
                n: formatNumber(checked.imported),
              })}
            </Text>
            <List size="sm" mt="xs">
              {checked.residents.map((r) => (
                <List.Item key={r.row}>
                  {t('import.checked.row', { row: formatNumber(r.row), name: r.fullName })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {checked && !done && !run.error ? <SkippedRows rows={checked.skipped} /> : null}

        {done ? (
          <Alert variant="outline" title={t('import.done.title')} role="status">
            <Text size="sm">
              {t('import.done.body', { count: done.imported, n: formatNumber(done.imported) })}
            </Text>
            <List size="sm" mt="xs">
              {done.residents.map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`/residents/${r.id}`}>
                    {t('import.done.row', { code: r.code, name: r.fullName })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {done ? <SkippedRows rows={done.skipped} /> : null}
      </Stack>
    </>
  );
}
