import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

tracked = w * 2
with torch.no_grad():
    print("grad mode inside no_grad:", torch.is_grad_enabled())
    in_no_grad = w * 2
with torch.inference_mode():
    in_inference = w * 2

results = {"tracked": tracked, "no_grad": in_no_grad}
results["inference_mode"] = in_inference
for name, t in results.items():
    print(name)
    print("  requires_grad:", t.requires_grad)
    print("  grad_fn:", type(t.grad_fn).__name__ if t.grad_fn else None)
    print("  is_inference:", t.is_inference())

# Tracking resumes as soon as the block ends.
print("grad mode after the blocks:", torch.is_grad_enabled())
