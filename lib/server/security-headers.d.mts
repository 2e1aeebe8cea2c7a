export declare const COMMON_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
