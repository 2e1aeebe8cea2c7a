/**
 * What a small newsroom form says after its action: the success in a polite status line (empty while
 * it runs), a failure not shown beside a field as an alert.
 */
export function ActionOutcome({
  success,
  failure,
  pending,
  className,
}: {
  success: string | null | undefined;
  failure: string | null;
  pending: boolean;
  className: string;
}) {
  return (
    <>
      <p role="status" className={className}>
        {success && !pending ? success : ''}
      </p>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
