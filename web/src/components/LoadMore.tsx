import { Button, Center } from '@mantine/core';

/**
 * The next page of a cursor list (useInfiniteQuery): shown while the API has a nextCursor. The
 * label comes from the feature's messages.
 */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  label,
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  label: string;
}) {
  if (!hasNextPage) return null;
  return (
    <Center mt="sm">
      <Button
        variant="default"
        mih={44}
        loading={isFetchingNextPage}
        onClick={() => void fetchNextPage()}
      >
        {label}
      </Button>
    </Center>
  );
}
