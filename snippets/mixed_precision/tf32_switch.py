import torch

# Default: float32 matmuls are computed in full float32.
print("precision:", torch.get_float32_matmul_precision())
print("allow_tf32:", torch.backends.cuda.matmul.allow_tf32)

# "high" lets float32 matmuls use TF32 on GPUs that have it.
torch.set_float32_matmul_precision("high")
print("precision:", torch.get_float32_matmul_precision())
print("allow_tf32:", torch.backends.cuda.matmul.allow_tf32)
